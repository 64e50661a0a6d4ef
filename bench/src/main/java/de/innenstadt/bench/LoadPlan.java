// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the simulation names its requests, so that the summary finds them in Gatling's report: the constant run's
 * warm-up and measured requests, and one name per step of the stepped ramp.
 */
public final class LoadPlan {

    /** The measured request of the constant run. */
    public static final String MEASURED = "search";
    /** The constant run's warm-up, which the summary leaves out. */
    public static final String WARM_UP = "warm-up";

    /** Requests per second of each ramp step, one after the other. */
    public static final String DEFAULT_STEPS = "25,50,100,150,175,200,225,250,275,300,350,400";

    private LoadPlan() {
    }

    public static List<Integer> parse(String steps) {
        List<Integer> rates = Arrays.stream(steps.split(",")).map(String::strip).map(Integer::valueOf).toList();
        for (int i = 0; i < rates.size(); i++) {
            if (rates.get(i) <= 0 || i > 0 && rates.get(i) <= rates.get(i - 1)) {
                throw new IllegalArgumentException("ramp steps must be positive and ascending: " + steps);
            }
        }
        return rates;
    }

    /** {@code 050/s}: zero-padded so the report lists the steps in order. */
    public static String requestName(int rate) {
        return String.format(Locale.ROOT, "%03d/s", rate);
    }

    /** The rate of a step's request name, or -1 when it names no step. */
    public static int rateOf(String requestName) {
        if (!requestName.matches("\\d{3,}/s")) {
            return -1;
        }
        return Integer.parseInt(requestName.substring(0, requestName.length() - 2));
    }
}
