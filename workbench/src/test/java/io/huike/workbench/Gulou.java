package io.huike.workbench;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.huike.workbench.ServicesStandIn.json;
import static io.huike.workbench.ServicesStandIn.jsonWithHeader;

/** What roster-service and case-service answer about Gulou, the community the page tests work in, on the stand-in. */
public final class Gulou {

    private Gulou() {}

    /** Gulou as the only community there is. */
    public static void community() {
        json(get(urlEqualTo("/communities")), "[{\"id\":\"gulou\",\"name\":\"鼓楼社区\"}]");
    }

    /**
     * What the desk's and the paper log's visit forms offer to choose: the members 王建国 (m-wang) and 李秀英 (m-li),
     * the reception room 党员会客室 (room-1) and the grid 第三网格 (grid-3).
     */
    public static void visitFormChoices() {
        members("""
                [{"id":"m-wang","name":"王建国","active":true},{"id":"m-li","name":"李秀英","active":true}]""");
        rooms("[{\"id\":\"room-1\",\"name\":\"党员会客室\"}]");
        json(get(urlEqualTo("/communities/gulou/grids")), "[{\"id\":\"grid-3\",\"name\":\"第三网格\"}]");
    }

    /** Gulou's members. */
    public static void members(String list) {
        json(get(urlEqualTo("/communities/gulou/members")), list);
    }

    /** Gulou's reception rooms. */
    public static void rooms(String list) {
        json(get(urlEqualTo("/communities/gulou/rooms")), list);
    }

    /** Gulou's case settings. */
    public static void caseSettings(String settings) {
        json(get(urlEqualTo("/communities/gulou/case-settings")), settings);
    }

    /** The days Gulou's reception rooms are closed. */
    public static void closures(String list) {
        json(get(urlEqualTo("/communities/gulou/calendar/closures")), list);
    }

    /** The swap requests open in Gulou. */
    public static void swapRequests(String list) {
        json(get(urlEqualTo("/communities/gulou/swap-requests")), list);
    }

    /** Who is on duty in Gulou, now and on whichever day is asked for. */
    public static void duty(String shifts) {
        json(get(urlPathEqualTo("/communities/gulou/duty")), shifts);
    }

    /** Gulou's cases, whatever the filters: the page given, of the total count given. */
    public static void cases(int total, String page) {
        jsonWithHeader(get(urlPathEqualTo("/communities/gulou/cases")), "X-Total-Count", String.valueOf(total), page);
    }
}
