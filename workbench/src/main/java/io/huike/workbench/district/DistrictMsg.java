package io.huike.workbench.district;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The district page's words; Chinese in {@code messages/district.properties}, English in {@code district_en}. */
@MessageBundle(value = "district", locale = "zh")
public interface DistrictMsg {

    @Message
    String title();

    @Message
    String placeholder();
}
