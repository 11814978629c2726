package io.huike.workbench.paperlog;

import io.huike.workbench.paperlog.client.Channel;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The paper log's words: the limit, the two forms and their checks. Chinese in
 * {@code messages/paperlog.properties}, English in {@code messages/paperlog_en.properties}.
 */
@MessageBundle(value = "paperlog", locale = "zh")
public interface PaperLogMsg {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String limit(int days, String earliest);

    @Message
    String limitUnknown();

    @Message
    String actionsOnCasePage();

    @Message
    String toCases();

    @Message
    String enteredTitle();

    @Message
    String enteredHint();

    @Message
    String caseWithoutNumber();

    @Message
    String visitTitle();

    @Message
    String visitHint();

    @Message
    String errorsTitle();

    @Message
    String visitedAtLabel();

    @Message
    String timeHint();

    @Message
    String saveVisit();

    @Message
    String caseTitle();

    @Message
    String caseHint();

    @Message
    String caseLegend();

    @Message
    String occurredAtLabel();

    @Message
    String channelLabel();

    @Message
    String channel(Channel channel);

    @Message
    String categoryLabel();

    @Message
    String urgencyLabel();

    @Message
    String gridLabel();

    @Message
    String titleLabel();

    @Message
    String titleHint();

    @Message
    String descriptionLabel();

    @Message
    String residentNameLabel();

    @Message
    String residentPhoneLabel();

    @Message
    String saveCase();

    @Message
    String required();

    @Message
    String unreadableTime();

    @Message
    String timeInFuture();

    @Message
    String chooseFromList();

    @Message
    String tooLong(int max);

    @Message
    String phoneFormat();

    @Message
    String labelSeparator();
}
