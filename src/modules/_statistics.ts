// The _statistics module: the inverse of the normal distribution's CDF in native code, which
// statistics.NormalDist uses instead of its Python version.  CPython: Modules/_statisticsmodule.c
//
// Wichura's algorithm AS241 (Applied Statistics 37(3), 1988): a rational approximation in three
// ranges of p.  The coefficients are the paper's; evaluated in the same order as CPython's (Horner's
// rule, left to right), the results are the same doubles.
import type { PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyFloat, PyFloat_AsDouble } from '../objects/float.ts';
import { valueError } from '../objects/exceptions.ts';
import { withDocs, moduleDoc } from './docs.ts';

/** Horner's rule over `c`, highest degree first. */
function poly(c: readonly number[], r: number): number {
  let v = c[0];
  for (let i = 1; i < c.length; i++) v = v * r + c[i];
  return v;
}

// |p - 0.5| <= 0.425
const CENTRAL_NUM = [2.5090809287301226727e3, 3.3430575583588128105e4, 6.7265770927008700853e4, 4.5921953931549871457e4, 1.3731693765509461125e4, 1.9715909503065514427e3, 1.3314166789178437745e2, 3.387132872796366608];
const CENTRAL_DEN = [5.2264952788528545610e3, 2.8729085735721942674e4, 3.9307895800092710610e4, 2.1213794301586595867e4, 5.3941960214247511077e3, 6.8718700749205790830e2, 4.2313330701600911252e1, 1.0];
// the tails, sqrt(-log(min(p, 1 - p))) <= 5
const NEAR_NUM = [7.7454501427834140764e-4, 2.2723844989269184583e-2, 2.4178072517745061177e-1, 1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959, 1.42343711074968357734];
const NEAR_DEN = [1.05075007164441684324e-9, 5.475938084995344946e-4, 1.51986665636164571966e-2, 1.4810397642748007459e-1, 6.8976733498510000455e-1, 1.6763848301838038494, 2.05319162663775882187, 1.0];
// the far tails
const FAR_NUM = [2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.2426609473880784386e-3, 2.6532189526576123093e-2, 2.9656057182850489123e-1, 1.7848265399172913358, 5.4637849111641143699, 6.6579046435011037772];
const FAR_DEN = [2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5, 7.868691311456132591e-4, 1.48753612908506148525e-2, 1.3692988092273580531e-1, 5.9983220655588793769e-1, 1.0];

// CPython: _statistics__normal_dist_inv_cdf_impl
export function normalDistInvCdf(p: number, mu: number, sigma: number): number {
  // As in CPython, a NaN p passes both checks and gives NaN.
  if (p <= 0.0 || p >= 1.0) throw valueError('inv_cdf undefined for these parameters');
  const q = p - 0.5;
  let x: number;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    x = (poly(CENTRAL_NUM, r) * q) / poly(CENTRAL_DEN, r);
    return mu + x * sigma;
  }
  let r = q <= 0.0 ? p : 1.0 - p;
  if (r <= 0.0 || r >= 1.0) throw valueError('inv_cdf undefined for these parameters');
  r = Math.sqrt(-Math.log(r));
  if (r <= 5.0) {
    r -= 1.6;
    x = poly(NEAR_NUM, r) / poly(NEAR_DEN, r);
  } else {
    r -= 5.0;
    x = poly(FAR_NUM, r) / poly(FAR_DEN, r);
  }
  if (q < 0.0) x = -x;
  return mu + x * sigma;
}

export const statisticsModule = defineModule({
  name: '_statistics',
  doc: moduleDoc('_statistics'),
  functions: withDocs('_statistics', {
    _normal_dist_inv_cdf: {
      sig: '($module, p, mu, sigma, /)',
      impl: (_m: PyValue, p: PyValue, mu: PyValue, sigma: PyValue) =>
        new PyFloat(normalDistInvCdf(PyFloat_AsDouble(p), PyFloat_AsDouble(mu), PyFloat_AsDouble(sigma))),
    },
  }),
});
