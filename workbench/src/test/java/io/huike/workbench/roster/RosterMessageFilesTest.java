package io.huike.workbench.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.workbench.admin.AdminMsg;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The roster's and the administration's messages are written in Chinese and in English, and nothing else is. */
class RosterMessageFilesTest {

    @ParameterizedTest
    @ValueSource(classes = {RosterMsg.class, AdminMsg.class})
    void everyMessageIsInBothLanguagesAndNothingElseIs(Class<?> bundle) throws IOException {
        String name = bundle.getAnnotation(MessageBundle.class).value();
        Set<String> methods =
                Arrays.stream(bundle.getDeclaredMethods()).map(Method::getName).collect(Collectors.toSet());

        assertThat(keys("messages/" + name + ".properties")).as("Chinese").isEqualTo(methods);
        assertThat(keys("messages/" + name + "_en.properties")).as("English").isEqualTo(methods);
    }

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = RosterMessageFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.stringPropertyNames();
        }
    }
}
