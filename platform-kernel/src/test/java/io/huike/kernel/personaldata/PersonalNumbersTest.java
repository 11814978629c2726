package io.huike.kernel.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalNumbersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "请回电13800138000",
                "请回电 138 0013 8000",
                "电话138.0013.8000",
                "电话 138-0013-8000",
                "电话：１３８００１３８０００",
                "电话：１３８－００１３－８０００",
                "+86 138 0013 8000",
                "+86-138-0013-8000",
                "(010) 6512 3456",
                "010-65123456",
                "座机 6512 3456",
                "138 0013 8000 是他儿子的",
                "身份证 110105 19800101 123X",
                "身份证110105198001011234",
                "138\u00A00013\u00A08000",
                "138\u30000013\u30008000",
                "1380013800０"
            })
    void numbersOfAPersonAreFoundHoweverWritten(String text) {
        assertThat(PersonalNumbers.appearIn(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-05-06 上午九点来过",
                "2026-05-06 09:30",
                "2026.5.6 下午",
                "2026年5月6日",
                "2026/05/06-2026/05/20 停水",
                "补助 3,500 元，共 12 户",
                "楼号 12-3-501",
                "欠费 1234.50 元",
                "见 GL-2026-000123 号件",
                "GL-2026-000123、GL-2026-000124",
                "3 号楼 2 单元 501 室",
                "",
                "楼道灯坏了"
            })
    void datesAmountsAddressesAndTrackingNumbersAreNotTakenForNumbersOfAPerson(String text) {
        assertThat(PersonalNumbers.appearIn(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "请回电13800138000|请回电138****8000",
                "请回电 138 0013 8000|请回电 138 **** 8000",
                "电话138.0013.8000|电话138.****.8000",
                "电话 138-0013-8000|电话 138-****-8000",
                "电话：１３８００１３８０００|电话：１３８****８０００",
                "电话：１３８－００１３－８０００|电话：１３８－****－８０００",
                "+86 138 0013 8000|+86 1** **** 8000",
                "座机 6512 3456|座机 **** 3456",
                "身份证110105198001011234|身份证110***********1234",
                "2026-05-06 回电 13800138000，见 GL-2026-000123|2026-05-06 回电 138****8000，见 GL-2026-000123"
            })
    void numbersOfAPersonAreMaskedWhereverTheyAreWrittenAndNothingElse(String text, String masked) {
        assertThat(PersonalNumbers.mask(text)).isEqualTo(masked);
        assertThat(PersonalNumbers.appearIn(PersonalNumbers.mask(text)))
                .as(masked)
                .isFalse();
    }

    @Test
    void textWithoutNumbersOfAPersonIsLeftAsItIs() {
        for (String text : new String[] {
            "2026-05-06 09:30 补助 3,500 元，楼号 12-3-501",
            "见 GL-2026-000123 号件",
            "见 T3F2A9C1-2026-000001 号件",
            "楼道灯坏了 \uD835\uDFCE",
            ""
        }) {
            assertThat(PersonalNumbers.mask(text)).isEqualTo(text);
        }
        assertThat(PersonalNumbers.mask(null)).isNull();
    }

    @Test
    void charactersBeyondTheBasicPlaneKeepTheirPlaceWhenANumberIsMasked() {
        assertThat(PersonalNumbers.mask("\uD83D\uDE00 13800138000 \uD83D\uDE00"))
                .isEqualTo("\uD83D\uDE00 138****8000 \uD83D\uDE00");
    }
}
