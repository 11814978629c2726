package io.huike.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @TempDir
    Path work;

    @Test
    void startsOverABundleThatAnEarlierProcessLeftHalfUnpacked() throws Exception {
        Path binaries = work.resolve("postgres-binaries");
        try (EmbeddedPostgres first = LocalPostgres.start(work.resolve("data-1"), binaries, freePort())) {
            assertThat(selectOne(first)).isEqualTo(1);
        }
        Path bundle = onlyBundleIn(binaries);
        // What a JVM killed half way through unpacking leaves: some files in place, no marker.
        Files.delete(bundle.resolve(LocalPostgres.UNPACKED_MARKER));
        LocalPostgres.deleteRecursively(bundle.resolve("bin"));

        try (EmbeddedPostgres second = LocalPostgres.start(work.resolve("data-2"), binaries, freePort())) {
            assertThat(selectOne(second)).isEqualTo(1);
        }
        assertThat(onlyBundleIn(binaries).resolve(LocalPostgres.UNPACKED_MARKER))
                .exists();
    }

    @Test
    void discardsOnlyTheBundlesWithoutTheUnpackedMarker() throws IOException {
        Path complete = Files.createDirectories(work.resolve("PG-complete/lib"));
        Files.createFile(work.resolve("PG-complete").resolve(LocalPostgres.UNPACKED_MARKER));
        Path half = Files.createDirectories(work.resolve("PG-half/lib"));
        Files.writeString(half.resolve("libpq.so"), "partial");
        Path unrelated = Files.createDirectories(work.resolve("data"));

        LocalPostgres.discardIncompleteUnpacks(work);

        assertThat(complete).exists();
        assertThat(work.resolve("PG-half")).doesNotExist();
        assertThat(unrelated).exists();
    }

    @Test
    void binariesLiveBesideTheDataDirectoryNotInTheTemporaryDirectory() {
        Path data = work.resolve("postgres/data");

        assertThat(LocalPostgres.binariesDirectoryOf(data)).isEqualTo(work.resolve("postgres/postgres-binaries"));
    }

    private static int selectOne(EmbeddedPostgres postgres) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT 1")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Path onlyBundleIn(Path binaries) throws IOException {
        try (Stream<Path> children = Files.list(binaries)) {
            List<Path> bundles = children.filter(p -> p.getFileName().toString().startsWith("PG-"))
                    .toList();
            assertThat(bundles).hasSize(1);
            return bundles.get(0);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
