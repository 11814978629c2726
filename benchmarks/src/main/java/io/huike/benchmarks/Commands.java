package io.huike.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the command-line tools a benchmark compares with (pgbench, pg_dump, Kafka's tools). */
final class Commands {

    private Commands() {}

    /** Whether a program is on the PATH. */
    static boolean available(String program) {
        String path = System.getenv("PATH");
        return path != null
                && java.util.Arrays.stream(path.split(File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /** Runs a command to its end and returns what it printed; fails when it fails or overruns. */
    static String run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile("huike-bench-", ".out");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish within " + timeoutSeconds + " s");
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException(command.get(0) + " exited with " + process.exitValue() + ": " + tail(printed));
            }
            return printed;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static String tail(String text) {
        return text.length() <= 600
                ? text.strip()
                : text.substring(text.length() - 600).strip();
    }
}
