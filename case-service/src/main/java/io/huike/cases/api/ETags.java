package io.huike.cases.api;

import jakarta.ws.rs.core.EntityTag;

/** The ETag a case's version is given as; callers send it back in If-Match. */
final class ETags {

    private ETags() {}

    static EntityTag of(long version) {
        return new EntityTag(String.valueOf(version));
    }
}
