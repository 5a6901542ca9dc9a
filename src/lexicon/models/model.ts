/**
 * The shape of a learned model (data, like every model file in this folder): a multinomial
 * logistic regression over string features. Trained and applied by src/resolve/linear.ts.
 */

export interface LinearModel {
  classes: string[];
  /** Per-class bias. */
  bias: number[];
  /** feature → one weight per class (features whose weights all rounded to 0 are left out). */
  weights: Record<string, number[]>;
}
