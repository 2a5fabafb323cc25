// The small subset of Jira expressions the app's manifest uses; anything else fails loudly instead of guessing.
import jsep from 'jsep';

export type ExpressionValue =
  string | number | boolean | null | ExpressionObject | ExpressionValue[];
export interface ExpressionObject {
  [key: string]: ExpressionValue;
}

export class UnsupportedExpressionError extends Error {
  constructor(expression: string, detail: string) {
    super(
      `Forge emulator: the Jira expression '${expression}' uses ${detail}, which the emulator does not evaluate`,
    );
    this.name = 'UnsupportedExpressionError';
  }
}

const isObject = (v: ExpressionValue | undefined): v is ExpressionObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses once; throws UnsupportedExpressionError for any construct outside the supported subset. */
export function compileExpression(
  expression: string,
): (scope: ExpressionObject) => ExpressionValue {
  let ast: jsep.Expression;
  try {
    ast = jsep(expression);
  } catch (e) {
    throw new UnsupportedExpressionError(
      expression,
      `syntax the parser rejects (${(e as Error).message})`,
    );
  }
  const check = (node: jsep.Expression): void => {
    switch (node.type) {
      case 'Literal': {
        const v = (node as jsep.Literal).value;
        if (!(
          v === null ||
          typeof v === 'string' ||
          typeof v === 'number' ||
          typeof v === 'boolean'
        )) {
          throw new UnsupportedExpressionError(expression, 'a regular-expression literal');
        }
        return;
      }
      case 'Identifier':
        return;
      case 'MemberExpression': {
        const m = node as jsep.MemberExpression;
        if (m.computed)
          throw new UnsupportedExpressionError(expression, 'computed member access ([...])');
        if (m.optional === true)
          throw new UnsupportedExpressionError(expression, 'optional chaining');
        check(m.object);
        return;
      }
      case 'BinaryExpression': {
        const b = node as jsep.BinaryExpression;
        if (!['==', '!=', '&&', '||'].includes(b.operator))
          throw new UnsupportedExpressionError(expression, `the operator '${b.operator}'`);
        check(b.left);
        check(b.right);
        return;
      }
      case 'UnaryExpression': {
        const u = node as jsep.UnaryExpression;
        if (u.operator !== '!')
          throw new UnsupportedExpressionError(expression, `the operator '${u.operator}'`);
        check(u.argument);
        return;
      }
      default:
        throw new UnsupportedExpressionError(expression, `a ${node.type}`);
    }
  };
  check(ast);

  const evaluate = (node: jsep.Expression, scope: ExpressionObject): ExpressionValue => {
    switch (node.type) {
      case 'Literal':
        return (node as jsep.Literal).value as string | number | boolean | null;
      case 'Identifier': {
        const name = (node as jsep.Identifier).name;
        if (name === 'null') return null;
        if (name === 'true') return true;
        if (name === 'false') return false;
        const value = scope[name];
        if (value === undefined)
          throw new UnsupportedExpressionError(expression, `the unknown variable '${name}'`);
        return value;
      }
      case 'MemberExpression': {
        const m = node as jsep.MemberExpression;
        const object = evaluate(m.object, scope);
        const property = (m.property as jsep.Identifier).name;
        if (object === null) {
          // Jira evaluates member access on null as an error, which fails the validator.
          throw new Error(
            `Jira expression evaluation failed: '${property}' was read from null in '${expression}'`,
          );
        }
        if (!isObject(object))
          throw new UnsupportedExpressionError(
            expression,
            `member access '${property}' on a non-object`,
          );
        const value = object[property];
        if (value === undefined)
          throw new UnsupportedExpressionError(
            expression,
            `the property '${property}', which the emulator does not model`,
          );
        return value;
      }
      case 'BinaryExpression': {
        const b = node as jsep.BinaryExpression;
        if (b.operator === '&&') {
          const left = evaluate(b.left, scope);
          return left === false || left === null ? left : evaluate(b.right, scope);
        }
        if (b.operator === '||') {
          const left = evaluate(b.left, scope);
          return left !== false && left !== null ? left : evaluate(b.right, scope);
        }
        const left = evaluate(b.left, scope);
        const right = evaluate(b.right, scope);
        const same = JSON.stringify(left) === JSON.stringify(right);
        return b.operator === '==' ? same : !same;
      }
      case 'UnaryExpression': {
        const value = evaluate((node as jsep.UnaryExpression).argument, scope);
        return !(value !== false && value !== null);
      }
      default:
        throw new UnsupportedExpressionError(expression, `a ${node.type}`);
    }
  };
  return (scope) => evaluate(ast, scope);
}
