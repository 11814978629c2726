package io.huike.workbench.status;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The resident's status page's words. Chinese in {@code messages/status.properties}, English in
 * {@code messages/status_en.properties}.
 */
@MessageBundle(value = "status", locale = "zh")
public interface StatusMsg {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String numberLabel();

    @Message
    String numberHint();

    @Message
    String last4Label();

    @Message
    String last4Hint();

    @Message
    String lookUp();

    @Message
    String labelSeparator();

    @Message
    String numberFormat();

    @Message
    String last4Format();

    @Message
    String notFound();

    @Message
    String tooMany(long minutes);

    @Message
    String unavailable();

    @Message
    String resultTitle();

    @Message
    String categoryLabel();

    @Message
    String statusLabel();

    @Message
    String registeredLabel();

    @Message
    String firstContactLabel();

    @Message
    String feedbackLabel();

    @Message
    String promisedBy(String when);

    @Message
    String kept();

    @Message
    String timelineTitle();

    @Message
    String noTimeline();

    @Message
    String lookUpAnother();
}
