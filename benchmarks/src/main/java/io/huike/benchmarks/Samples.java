package io.huike.benchmarks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Measured durations in milliseconds, sorted, with nearest-rank percentiles. */
record Samples(double[] sortedMillis) {

    static Samples ofMicros(List<Long> micros) {
        return new Samples(micros.stream().mapToDouble(m -> m / 1000.0).sorted().toArray());
    }

    static Samples ofMillis(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Samples(sorted);
    }

    int count() {
        return sortedMillis.length;
    }

    /** The nearest-rank percentile, or NaN without samples. */
    double percentile(double p) {
        if (sortedMillis.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedMillis.length) - 1;
        return sortedMillis[Math.min(sortedMillis.length - 1, Math.max(0, index))];
    }

    double max() {
        return percentile(100);
    }

    Map<String, Object> summary() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("count", count());
        json.put("p50Ms", Report.round(percentile(50)));
        json.put("p95Ms", Report.round(percentile(95)));
        json.put("p99Ms", Report.round(percentile(99)));
        json.put("maxMs", Report.round(max()));
        return json;
    }
}
