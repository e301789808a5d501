package org.haven.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact range of each unknown in a system of linear equations over non-negative numbers: the
 * attacker's linear programme. For equations {@code A x = b, x >= 0} it finds the smallest and the
 * largest value each variable can take, by the simplex method (two phases, Bland's rule, so it
 * never cycles). Written for the small systems disclosure control meets (tens of unknowns, tens of
 * equations per connected group); dense arithmetic in doubles, answers rounded to whole numbers
 * because the unknowns are counts.
 */
final class LinearBounds {

  /** A bound no published figure limits. */
  static final long UNBOUNDED = Long.MAX_VALUE / 4;

  private static final double EPSILON = 1e-9;

  private final int variables;
  private final List<double[]> rows = new ArrayList<>();
  private final List<Double> constants = new ArrayList<>();

  LinearBounds(int variables) {
    this.variables = variables;
  }

  /** Adds the equation {@code Σ coefficients[j] · x_j = constant}. */
  void equation(double[] coefficients, double constant) {
    if (coefficients.length != variables) {
      throw new IllegalArgumentException("one coefficient per variable");
    }
    rows.add(coefficients.clone());
    constants.add(constant);
  }

  /**
   * For each variable, {@code [lowest, highest]} over every non-negative solution; {@code null}
   * when the equations have no such solution.
   */
  long[][] bounds() {
    Tableau feasible = feasible();
    if (feasible == null) {
      return null;
    }
    long[][] bounds = new long[variables][];
    for (int j = 0; j < variables; j++) {
      bounds[j] = range(feasible, j);
    }
    return bounds;
  }

  /** {@code [lowest, highest]} of one variable; {@code null} when there is no solution. */
  long[] bounds(int variable) {
    Tableau feasible = feasible();
    return feasible == null ? null : range(feasible, variable);
  }

  private static long[] range(Tableau feasible, int j) {
    double lowest = feasible.copy().optimum(j, false);
    double highest = feasible.copy().optimum(j, true);
    long lo = (long) Math.max(0, Math.ceil(lowest - 1e-6));
    long hi = Double.isInfinite(highest) ? UNBOUNDED : (long) Math.floor(highest + 1e-6);
    return new long[] {lo, Math.max(lo, hi)};
  }

  /** Phase one: a basic feasible solution, with the artificial variables driven out. */
  private Tableau feasible() {
    int m = rows.size();
    int n = variables;
    // columns: the variables, then one artificial per row, then the right-hand side
    double[][] t = new double[m + 1][n + m + 1];
    int[] basis = new int[m];
    for (int i = 0; i < m; i++) {
      double sign = constants.get(i) < 0 ? -1 : 1;
      double[] row = rows.get(i);
      for (int j = 0; j < n; j++) {
        t[i][j] = sign * row[j];
      }
      t[i][n + i] = 1;
      t[i][n + m] = sign * constants.get(i);
      basis[i] = n + i;
    }
    // objective row: minimise the sum of artificials, expressed in the non-basic columns
    for (int i = 0; i < m; i++) {
      for (int j = 0; j <= n + m; j++) {
        if (j < n || j == n + m) {
          t[m][j] -= t[i][j];
        }
      }
    }
    Tableau tableau = new Tableau(t, basis, n, m);
    tableau.run(n + m);
    if (-t[m][n + m] > 1e-6) {
      return null;
    }
    tableau.driveOutArtificials();
    return tableau;
  }

  /** A simplex tableau: m constraint rows and an objective row; the last column the constants. */
  private static final class Tableau {
    final double[][] t;
    final int[] basis;
    final int n;
    final int m;

    Tableau(double[][] t, int[] basis, int n, int m) {
      this.t = t;
      this.basis = basis;
      this.n = n;
      this.m = m;
    }

    Tableau copy() {
      double[][] c = new double[t.length][];
      for (int i = 0; i < t.length; i++) {
        c[i] = t[i].clone();
      }
      return new Tableau(c, basis.clone(), n, m);
    }

    /** Pivots until no entering column among the first {@code columns} improves the objective. */
    boolean run(int columns) {
      int rhs = t[0].length - 1;
      while (true) {
        int entering = -1;
        for (int j = 0; j < columns; j++) {
          if (t[m][j] < -EPSILON) {
            entering = j; // Bland: the lowest index that improves
            break;
          }
        }
        if (entering < 0) {
          return true;
        }
        int leaving = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < m; i++) {
          if (t[i][entering] > EPSILON) {
            double ratio = t[i][rhs] / t[i][entering];
            if (leaving < 0
                || ratio < best - EPSILON
                || (Math.abs(ratio - best) <= EPSILON && basis[i] < basis[leaving])) {
              best = ratio;
              leaving = i;
            }
          }
        }
        if (leaving < 0) {
          return false; // unbounded in the improving direction
        }
        pivot(leaving, entering);
      }
    }

    void pivot(int row, int column) {
      double p = t[row][column];
      for (int j = 0; j < t[row].length; j++) {
        t[row][j] /= p;
      }
      for (int i = 0; i < t.length; i++) {
        if (i != row && Math.abs(t[i][column]) > 0) {
          double factor = t[i][column];
          for (int j = 0; j < t[i].length; j++) {
            t[i][j] -= factor * t[row][j];
          }
        }
      }
      basis[row] = column;
    }

    /** After phase one: artificials still basic (at zero) leave the basis where they can. */
    void driveOutArtificials() {
      for (int i = 0; i < m; i++) {
        if (basis[i] >= n) {
          for (int j = 0; j < n; j++) {
            if (Math.abs(t[i][j]) > EPSILON) {
              pivot(i, j);
              break;
            }
          }
        }
      }
    }

    /** The lowest ({@code maximise} false) or highest value of variable {@code j}. */
    double optimum(int j, boolean maximise) {
      int rhs = t[0].length - 1;
      Arrays.fill(t[m], 0);
      // artificials may not re-enter: they are simply never chosen (columns n.. are skipped)
      t[m][j] = maximise ? -1 : 1;
      for (int i = 0; i < m; i++) {
        int b = basis[i];
        if (b < n && t[m][b] != 0) {
          double factor = t[m][b];
          for (int c = 0; c <= rhs; c++) {
            t[m][c] -= factor * t[i][c];
          }
        }
      }
      if (!run(n)) {
        return maximise ? Double.POSITIVE_INFINITY : 0;
      }
      double value = -t[m][rhs];
      return maximise ? -value : value;
    }
  }
}
