package io.huike.benchmarks;

/** A part's result, or why it was not measured. */
record Outcome<T>(T value, String notMeasured) {

    interface Part<T> {
        T run() throws Exception;
    }

    /** Runs a part; a part that cannot run is reported as not measured, and the run goes on. */
    static <T> Outcome<T> of(String name, Part<T> part) {
        System.out.println("==> " + name);
        try {
            return new Outcome<>(part.run(), null);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            System.out.println("    not measured: " + reason);
            return new Outcome<>(null, reason);
        }
    }

    static <T> Outcome<T> skipped(String reason) {
        return new Outcome<>(null, reason);
    }

    boolean measured() {
        return value != null;
    }
}
