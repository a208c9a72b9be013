package org.jenode.input.calibration;

import java.util.List;
import org.jenode.base.geometry.Point;

/**
 * Least-squares fit of an {@link Affine} from 3 to 9 pairs of a raw touch and the screen point the user
 * meant. Solves the normal equations (one 3x3 system per output coordinate) by Gaussian elimination with
 * partial pivoting, on coordinates centred at the raw points' mean so that large raw ranges (e.g. 0..4095
 * from a resistive panel) do not ruin the conditioning.
 *
 * <p>Bad input is an expected outcome of a user tapping a screen, so it is a {@link Result}, never an exception.
 */
public final class CalibrationFit {

    public static final int MIN_POINTS = 3;
    public static final int MAX_POINTS = 9;
    /** Default: a fit that misses its own samples by more than this (RMS, pixels) means a mis-tap. */
    public static final double DEFAULT_MAX_RMS_PX = 8.0;
    /**
     * Raw points whose spread has (almost) no area are collinear: the ratio of the determinant of their
     * covariance to its squared trace is 1/4 for a perfect square spread and 0 for a line.
     */
    static final double MIN_SPREAD_RATIO = 1e-4;

    /** One raw touch and the screen point that the target was drawn at. */
    public record Sample(Point raw, Point target) { }

    public sealed interface Result permits Fitted, Rejected { }

    /** @param rmsError root mean square distance between the mapped raw points and their targets, in pixels */
    public record Fitted(Affine affine, double rmsError) implements Result { }

    public record Rejected(String reason) implements Result { }

    private CalibrationFit() { }

    public static Result fit(List<Sample> samples) { return fit(samples, DEFAULT_MAX_RMS_PX); }

    public static Result fit(List<Sample> samples, double maxRmsPx) {
        int n = samples.size();
        if (n < MIN_POINTS) return new Rejected("need at least " + MIN_POINTS + " points, got " + n);
        if (n > MAX_POINTS) return new Rejected("at most " + MAX_POINTS + " points, got " + n);

        double mx = 0, my = 0;
        for (Sample s : samples) {
            mx += s.raw().x();
            my += s.raw().y();
        }
        mx /= n;
        my /= n;

        // Normal matrix M = sum [u v 1]^T [u v 1] and right-hand sides for x' and y'.
        double[][] m = new double[3][3];
        double[] rx = new double[3], ry = new double[3];
        double sxx = 0, syy = 0, sxy = 0;
        for (Sample s : samples) {
            double u = s.raw().x() - mx, v = s.raw().y() - my;
            double[] row = {u, v, 1};
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) m[i][j] += row[i] * row[j];
                rx[i] += row[i] * s.target().x();
                ry[i] += row[i] * s.target().y();
            }
            sxx += u * u;
            syy += v * v;
            sxy += u * v;
        }
        double trace = sxx + syy;
        double det = sxx * syy - sxy * sxy;
        if (trace == 0 || det / (trace * trace) < MIN_SPREAD_RATIO) {
            return new Rejected("the raw points lie on a line (or on one spot): touch each target");
        }
        double[] px = solve(m, rx), py = solve(m, ry);
        if (px == null || py == null) return new Rejected("the raw points lie on a line: touch each target");

        // Back from centred coordinates: x' = a*(x-mx) + b*(y-my) + c0.
        Affine affine = new Affine(px[0], px[1], px[2] - px[0] * mx - px[1] * my,
                py[0], py[1], py[2] - py[0] * mx - py[1] * my);

        double sum = 0;
        for (Sample s : samples) {
            double ex = affine.a() * s.raw().x() + affine.b() * s.raw().y() + affine.c() - s.target().x();
            double ey = affine.d() * s.raw().x() + affine.e() * s.raw().y() + affine.f() - s.target().y();
            sum += ex * ex + ey * ey;
        }
        double rms = Math.sqrt(sum / n);
        if (!(rms <= maxRmsPx)) {
            return new Rejected(String.format(java.util.Locale.ROOT,
                    "the touches do not fit one transform (error %.1f px > %.1f px): try again", rms, maxRmsPx));
        }
        return new Fitted(affine, rms);
    }

    /** Gaussian elimination with partial pivoting; null if {@code a} is singular. Leaves the inputs intact. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
            for (int j = 0; j < n; j++) scale = Math.max(scale, Math.abs(a[i][j]));
        }
        if (scale == 0) return null;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
            if (Math.abs(m[pivot][col]) <= 1e-12 * scale) return null;
            double[] tmp = m[col];
            m[col] = m[pivot];
            m[pivot] = tmp;
            for (int r = col + 1; r < n; r++) {
                double k = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) m[r][c] -= k * m[col][c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int c = r + 1; c < n; c++) s -= m[r][c] * x[c];
            x[r] = s / m[r][r];
        }
        return x;
    }
}
