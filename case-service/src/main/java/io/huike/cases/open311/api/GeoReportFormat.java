package io.huike.cases.open311.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The two formats GeoReport v2 answers in, chosen by the path's suffix ({@code .json}, {@code .xml}). */
enum GeoReportFormat {
    JSON,
    XML;

    /** The suffix of every GeoReport path, as a JAX-RS template: {@code services.{format}}. */
    static final String SUFFIX = "{format:json|xml}";

    static final String TEXT_XML = "text/xml";

    static GeoReportFormat of(String suffix) {
        return "xml".equals(suffix) ? XML : JSON;
    }

    /** JSON, or XML as {@code application/xml} unless the client asked for {@code text/xml} and not for it. */
    MediaType mediaType(HttpHeaders headers) {
        if (this == JSON) {
            return MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
        }
        boolean textOnly = headers != null
                && headers.getAcceptableMediaTypes().stream()
                        .anyMatch(t -> t.isCompatible(MediaType.TEXT_XML_TYPE) && !t.isWildcardType())
                && headers.getAcceptableMediaTypes().stream()
                        .noneMatch(t -> "application".equals(t.getType()) && "xml".equals(t.getSubtype()));
        return (textOnly ? MediaType.TEXT_XML_TYPE : MediaType.APPLICATION_XML_TYPE).withCharset("UTF-8");
    }
}
