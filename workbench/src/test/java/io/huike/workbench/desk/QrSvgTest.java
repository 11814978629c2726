package io.huike.workbench.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrSvgTest {

    static final String URL = "http://127.0.0.1:8085/status?number=GL-2026-000123";

    @Test
    void theSvgDrawsExactlyTheDarkModulesOfTheCodeInsideAQuietZone() {
        String svg = QrSvg.of(URL, "查询二维码");
        QrCode code = QrCode.encodeText(URL, QrCode.Ecc.MEDIUM);

        Set<String> drawn = new HashSet<>();
        Matcher square = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            drawn.add((Integer.parseInt(square.group(1)) - QrSvg.QUIET_ZONE) + ","
                    + (Integer.parseInt(square.group(2)) - QrSvg.QUIET_ZONE));
        }
        Set<String> dark = new HashSet<>();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    dark.add(x + "," + y);
                }
            }
        }

        assertThat(drawn).isEqualTo(dark);
        int side = code.size + 2 * QrSvg.QUIET_ZONE;
        assertThat(svg).contains("viewBox=\"0 0 " + side + " " + side + "\"");
    }

    @Test
    void theCodeIsAnImageNamedForScreenReadersAndItsNameCannotBreakTheMarkup() {
        String svg = QrSvg.of(URL, "编号 \"GL\" <1>");

        assertThat(svg).contains("role=\"img\"");
        assertThat(svg).contains("aria-label=\"编号 &quot;GL&quot; &lt;1&gt;\"");
        assertThat(svg).contains("<title>编号 &quot;GL&quot; &lt;1&gt;</title>");
    }
}
