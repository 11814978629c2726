package io.huike.workbench.district;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The district dashboard's words on the page; Chinese in {@code messages/district.properties}, English in
 * {@code district_en}. The words the script writes into the page (figures, columns, categories) are in the script,
 * in both languages, and follow the page's {@code lang}.
 */
@MessageBundle(value = "district", locale = "zh")
public interface DistrictMsg {

    @Message
    String title();

    @Message
    String expired();

    @Message
    String signInAgain();

    @Message
    String needsScript();

    @Message
    String filtersLabel();

    @Message
    String community();

    @Message
    String allCommunities();

    @Message
    String from();

    @Message
    String to();

    @Message
    String load();

    @Message
    String live();

    @Message
    String offline();

    @Message
    String figures();

    @Message
    String trends();

    @Message
    String byCategory();

    @Message
    String sideBySide();

    @Message
    String sortHint();

    @Message
    String rankings();

    @Message
    String overdueWork();

    @Message
    String fourOnes();

    @Message
    String campaigns();

    @Message
    String digestTitle();

    @Message
    String pickCommunity();

    @Message
    String digestPage();

    @Message
    String digestWorkbook();

    @Message
    String digestJson();
}
