// Preloaded (`node --import`) into a `dossier` process whose test checks that it never loads
// compromise: loading it, as an ES module (resolve hook) or through require, throws.
import Module, { register } from 'node:module';

const MESSAGE = 'compromise was loaded (forbidden by test/support/forbid-compromise.mjs)';

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === 'compromise' || specifier.startsWith('compromise/')) throw new Error(${JSON.stringify(MESSAGE)});
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'compromise' || request.startsWith('compromise/')) throw new Error(MESSAGE);
  return load.call(this, request, ...rest);
};
