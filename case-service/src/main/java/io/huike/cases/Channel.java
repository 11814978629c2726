package io.huike.cases;

/** How a case reached the community (来源渠道). */
public enum Channel {
    RECEPTION_ROOM,
    HOME_VISIT,
    APPOINTMENT,
    PHONE,
    HOTLINE_12345,
    ONLINE,
    GRID_PATROL,
    /** Sent by another system through Open311 GeoReport v2 (/open311/v2/requests). */
    OPEN311
}
