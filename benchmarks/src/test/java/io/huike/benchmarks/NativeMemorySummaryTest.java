package io.huike.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NativeMemorySummaryTest {

    /** The start of what JDK 17's {@code jcmd <pid> VM.native_memory summary scale=KB} answers. */
    private static final String SUMMARY = """
            18128:

            Native Memory Tracking:

            (Omitting categories weighting less than 1KB)

            Total: reserved=1475841KB, committed=105721KB
                   malloc: 9349KB #61267
                   mmap:   reserved=1466492KB, committed=96372KB

            -                 Java Heap (reserved=32768KB, committed=32768KB)
                                        (mmap: reserved=32768KB, committed=32768KB)

            -                     Class (reserved=1048810KB, committed=1386KB)
                                        (classes #2498)
                                        (    reserved=65536KB, committed=7936KB)

            -                    Thread (reserved=21559KB, committed=927KB)
                                        (stack: reserved=21504KB, committed=872KB)
            """;

    @Test
    void reads_the_total_and_each_areas_committed_memory_but_not_the_detail_lines() {
        Footprint.NativeMemory memory =
                Footprint.parse("case-service", 150_000, SUMMARY.lines().toList());

        assertThat(memory.committedKb()).isEqualTo(105_721);
        assertThat(memory.committedKbByArea())
                .containsExactly(
                        java.util.Map.entry("Java Heap", 32_768L),
                        java.util.Map.entry("Class", 1_386L),
                        java.util.Map.entry("Thread", 927L));
    }

    @Test
    void a_jvm_without_tracking_is_reported_as_such() {
        assertThatThrownBy(() ->
                        Footprint.parse("case-service", 0, List.of("18128:", "Native memory tracking is not enabled")))
                .hasMessageContaining("Native memory tracking is not enabled");
    }
}
