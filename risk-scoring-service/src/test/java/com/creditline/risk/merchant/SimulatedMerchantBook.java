package com.creditline.risk.merchant;

import com.creditline.common.id.MerchantId;
import com.creditline.common.money.Money;
import com.creditline.risk.merchant.model.DailySales;
import com.creditline.risk.merchant.model.MerchantFeatures;
import com.creditline.risk.merchant.model.MerchantProfile;
import com.creditline.risk.merchant.model.SalesWindow;
import com.creditline.risk.scoring.scorecard.LabelledObservation;
import com.creditline.risk.scoring.scorecard.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A labelled book of merchants drawn from a documented simulation: each merchant has a hidden risk
 * {@code z ~ N(0, 1)}, and its 90 days of sales are drawn from it, day by day:
 *
 * <ul>
 *   <li>tenure: {@code 36 e^(-0.5 z + 0.6 n)} months, 1 to 120;
 *   <li>a daily sales level of {@code 3,000 e^(0.5 n)} yuan that drifts by {@code (0.04 - 0.10 z + 0.05 n)}
 *       a month (riskier merchants shrink);
 *   <li>each day open with probability {@code 1 / (1 + e^-(2.5 - 1.2 z))}; an open day's gross sales are
 *       the level times {@code e^(s n - s^2 / 2)} with {@code s = 0.25 e^(0.35 z)} (riskier merchants
 *       swing more), one order per 80 yuan;
 *   <li>refunds {@code 0.04 e^(0.5 z + 0.3 n)} of gross (at most all of it), each day times U(0.5, 1.5);
 *   <li>a rating of {@code 4.6 - 0.25 z + 0.15 n}, each day plus N(0, 0.1), to one decimal within 0-5;
 * </ul>
 *
 * where each {@code n} is a fresh N(0, 1). The merchant defaults with probability
 * {@code 1 / (1 + e^-(-3.0 + 1.3 z))} (about 8 % of the book). The features are read by the service's
 * own code ({@link MerchantFeatures#of}).
 */
final class SimulatedMerchantBook {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    record SimulatedMerchant(MerchantFeatures features, Money netSales, boolean bad) {

        LabelledObservation labelled() {
            return new LabelledObservation(features.observation(), bad ? Outcome.BAD : Outcome.GOOD);
        }
    }

    private SimulatedMerchantBook() {}

    static List<SimulatedMerchant> draw(int size, long seed) {
        Random random = new Random(seed);
        List<SimulatedMerchant> book = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            double z = random.nextGaussian();
            int tenure =
                    (int) Math.max(1, Math.min(120, Math.round(36 * Math.exp(-0.5 * z + 0.6 * random.nextGaussian()))));
            MerchantProfile profile =
                    new MerchantProfile(MerchantId.of("sim-" + i), "sim", TODAY.minusMonths(tenure), "simulated");
            SalesWindow window = new SalesWindow(TODAY, days(z, random));
            boolean bad = random.nextDouble() < 1 / (1 + Math.exp(-(-3.0 + 1.3 * z)));
            book.add(new SimulatedMerchant(MerchantFeatures.of(window, profile), window.netSales(), bad));
        }
        return book;
    }

    private static List<DailySales> days(double z, Random random) {
        double level = 3_000 * Math.exp(0.5 * random.nextGaussian());
        double drift = (0.04 - 0.10 * z + 0.05 * random.nextGaussian()) / 30;
        double open = 1 / (1 + Math.exp(-(2.5 - 1.2 * z)));
        double swing = 0.25 * Math.exp(0.35 * z);
        double refundShare = 0.04 * Math.exp(0.5 * z + 0.3 * random.nextGaussian());
        double rating = 4.6 - 0.25 * z + 0.15 * random.nextGaussian();
        List<DailySales> days = new ArrayList<>();
        for (int t = 0; t < SalesWindow.DAYS; t++) {
            LocalDate date = TODAY.minusDays(SalesWindow.DAYS - 1L - t);
            BigDecimal dayRating = BigDecimal.valueOf(Math.max(0, Math.min(5, rating + 0.1 * random.nextGaussian())))
                    .setScale(1, RoundingMode.HALF_UP);
            if (random.nextDouble() >= open) {
                days.add(new DailySales(date, Money.ZERO, 0, Money.ZERO, dayRating));
                continue;
            }
            double gross = level * Math.exp(drift * t) * Math.exp(swing * random.nextGaussian() - swing * swing / 2);
            double refunds = Math.min(gross, gross * refundShare * (0.5 + random.nextDouble()));
            days.add(new DailySales(
                    date,
                    Money.rounded(BigDecimal.valueOf(gross)),
                    (int) Math.max(1, Math.round(gross / 80)),
                    Money.rounded(BigDecimal.valueOf(refunds)).min(Money.rounded(BigDecimal.valueOf(gross))),
                    dayRating));
        }
        return days;
    }
}
