/**
 * A press briefing written for these tests (in the shape of the State Department's transcripts):
 * a reporter, Jinmyung Kim, asks one question; Ambassador Sung Kim answers many, named in the
 * text as "Ambassador Kim" and as the speaker label "AMBASSADOR KIM".
 */
const ANSWERS = [
  'We remain ready to meet without preconditions.',
  'Our policy calls for a calibrated, practical approach.',
  'We are consulting closely with our allies in Seoul and Tokyo.',
  'The humanitarian situation is a concern for all of us.',
  'I will travel to the region again next month.',
  'Sanctions remain in force and we will continue to enforce them.',
  'We have reached out through several channels.',
];

export function pressBriefing(): string {
  const parts = [
    'Special Representative for North Korea Ambassador Sung Kim on His Trip to Seoul',
    'MODERATOR: Good afternoon. We are joined today by Special Representative for North Korea Ambassador Sung Kim, who has just returned from Seoul.',
    'AMBASSADOR KIM: Thank you. It is good to be with you.',
    'QUESTION: Thank you. This is Jinmyung Kim with Dong-A Ilbo. Ambassador Kim, did you meet anyone from Pyongyang?',
  ];
  for (let i = 0; i < 12; i++) {
    parts.push(`AMBASSADOR KIM: ${ANSWERS[i % ANSWERS.length]}`);
    parts.push(
      i % 2 === 0
        ? `MODERATOR: Next question. Ambassador Kim, a follow-up on the talks.`
        : `QUESTION: Ambassador Kim, what comes next?`,
    );
  }
  parts.push('AMBASSADOR KIM: Thank you all.');
  return parts.join('\n\n');
}
