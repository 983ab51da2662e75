package com.creditline.risk.scoring.scorecard;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Logistic regression of the log-odds of bad on the inputs, fitted by Newton's method (iteratively
 * reweighted least squares) with a small ridge penalty on the coefficients (not the intercept) that
 * keeps the steps defined when two inputs move together. Each step solves its normal equations by
 * Apache Commons Math's Cholesky decomposition.
 */
final class LogisticRegression {

    private static final int MAX_STEPS = 100;
    private static final double CONVERGED = 1e-9;

    private final double ridge;

    LogisticRegression(double ridge) {
        this.ridge = ridge;
    }

    /** The intercept at index 0, then one coefficient per column of {@code inputs}. */
    double[] fit(double[][] inputs, boolean[] bad) {
        int n = inputs.length;
        int p = inputs[0].length + 1;
        double[] beta = new double[p];
        double badShare = 0;
        for (boolean b : bad) {
            badShare += b ? 1.0 / n : 0;
        }
        beta[0] = Math.log(badShare / (1 - badShare));
        for (int step = 0; step < MAX_STEPS; step++) {
            double[] gradient = new double[p];
            double[][] hessian = new double[p][p];
            for (int i = 0; i < n; i++) {
                double[] x = withIntercept(inputs[i]);
                double prob = probability(beta, x);
                double weight = prob * (1 - prob);
                double residual = (bad[i] ? 1 : 0) - prob;
                for (int j = 0; j < p; j++) {
                    gradient[j] += residual * x[j];
                    for (int k = 0; k <= j; k++) {
                        hessian[j][k] += weight * x[j] * x[k];
                    }
                }
            }
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < j; k++) {
                    hessian[k][j] = hessian[j][k];
                }
                if (j > 0) {
                    gradient[j] -= ridge * beta[j];
                    hessian[j][j] += ridge;
                }
            }
            RealVector delta = new CholeskyDecomposition(new Array2DRowRealMatrix(hessian, false))
                    .getSolver()
                    .solve(new ArrayRealVector(gradient, false));
            for (int j = 0; j < p; j++) {
                beta[j] += delta.getEntry(j);
            }
            if (delta.getLInfNorm() < CONVERGED) {
                break;
            }
        }
        return beta;
    }

    static double probability(double[] beta, double[] withIntercept) {
        double logOdds = 0;
        for (int j = 0; j < beta.length; j++) {
            logOdds += beta[j] * withIntercept[j];
        }
        return 1 / (1 + Math.exp(-logOdds));
    }

    private static double[] withIntercept(double[] inputs) {
        double[] x = new double[inputs.length + 1];
        x[0] = 1;
        System.arraycopy(inputs, 0, x, 1, inputs.length);
        return x;
    }
}
