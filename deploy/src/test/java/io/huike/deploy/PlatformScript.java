package io.huike.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the {@code ./platform} script does, read from the script itself, so that the compose file, the images and the
 * Kubernetes manifests are held to the local path rather than to a copy of its values.
 */
final class PlatformScript {

    static final Path SCRIPT = Path.of("../platform");
    static final Path REALM = Path.of("local/keycloak/huike-realm.json");

    private PlatformScript() {}

    static String text() {
        try {
            return Files.readString(SCRIPT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain assignment at the top of the script, e.g. {@code KEYCLOAK_VERSION=26.5.6}. */
    static String variable(String name) {
        Matcher assignment =
                Pattern.compile("(?m)^" + name + "=\"?([^\"\\n]*)\"?$").matcher(text());
        if (!assignment.find()) {
            throw new IllegalStateException("platform assigns no " + name);
        }
        return assignment.group(1);
    }

    /** Where the script unpacks Keycloak, relative to the repository root, its version filled in. */
    static String keycloakHome() {
        String home = variable("KEYCLOAK_HOME")
                .replace("$KEYCLOAK_DIST_DIR", variable("KEYCLOAK_DIST_DIR"))
                .replace("$KEYCLOAK_VERSION", variable("KEYCLOAK_VERSION"));
        if (!home.startsWith("$ROOT/")) {
            throw new IllegalStateException("KEYCLOAK_HOME is not under the repository: " + home);
        }
        return home.substring("$ROOT/".length());
    }

    /** The options of the script's {@code kc.sh build}, e.g. {@code --db=postgres}. */
    static Set<String> keycloakBuildOptions() {
        Matcher build = Pattern.compile("kc\\.sh\" build ((?:[^\\n]|\\\\\\n)*?)\\s*(?:>|\\n)")
                .matcher(text());
        if (!build.find()) {
            throw new IllegalStateException("platform runs no kc.sh build");
        }
        return options(build.group(1));
    }

    /** The environment variables the script gives the workbench (its {@code service_start}). */
    static List<String> workbenchSettings() {
        String script = text();
        int start = script.indexOf("if [[ \"$name\" == workbench ]]; then");
        int end = script.indexOf("else", start);
        if (start < 0 || end < 0) {
            throw new IllegalStateException("platform starts no workbench");
        }
        List<String> names = new ArrayList<>();
        Matcher setting = Pattern.compile("(?m)^\\s+([A-Z][A-Z0-9_]+)=").matcher(script.substring(start, end));
        while (setting.find()) {
            names.add(setting.group(1));
        }
        return names;
    }

    static Set<String> options(String commandLine) {
        Set<String> options = new TreeSet<>();
        Matcher option = Pattern.compile("--[a-z-]+(=\\S+)?").matcher(commandLine);
        while (option.find()) {
            options.add(option.group());
        }
        return options;
    }

    /** The environment variables the realm file reads at its import, {@code ${NAME}}. */
    static Set<String> realmPlaceholders() {
        Set<String> names = new TreeSet<>();
        try {
            Matcher placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}").matcher(Files.readString(REALM));
            while (placeholder.find()) {
                names.add(placeholder.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The realm's name, as it appears in its addresses ({@code /realms/<name>}). */
    static String realmName() {
        return YamlDocuments.read(REALM).get(0).path("realm").asText();
    }
}
