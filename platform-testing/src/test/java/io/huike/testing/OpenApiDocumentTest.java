package io.huike.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    @Test
    void aDocumentWhoseOperationsAreNamedOnceAndGroupedUnderDescribedTagsIsFitForGeneratedClients() {
        OpenApiDocument document = OpenApiDocument.parse("""
                {"tags":[{"name":"Cases","description":"A case from registration to feedback"}],
                 "paths":{"/cases":{"get":{"operationId":"listCases","tags":["Cases"],
                                           "responses":{"200":{"content":{"application/json":
                                               {"schema":{"type":"array"}}}}}},
                                    "post":{"operationId":"registerCase","tags":["Cases"],
                                            "responses":{"201":{"content":{"application/json":
                                                {"schema":{"$ref":"#/components/schemas/CaseView"}}}},
                                                         "204":{},"400":{}}}}}}""");

        assertThat(document.unfitForGeneratedClients()).isEmpty();
    }

    @Test
    void unnamedTwiceNamedOrBadlyNamedOperationsUndescribedTagsAndUntypedAnswersAreEachNamed() {
        OpenApiDocument document = OpenApiDocument.parse("""
                {"tags":[{"name":"Cases"}],
                 "paths":{"/cases":{"get":{"tags":["Cases"]},
                                    "post":{"operationId":"RegisterCase","tags":["Visits"]}},
                          "/cases/{id}":{"get":{"operationId":"getCase","responses":{"200":{}}},
                                         "put":{"operationId":"getCase","tags":["Cases"]}}}}""");

        assertThat(document.unfitForGeneratedClients())
                .containsExactlyInAnyOrder(
                        "GET /cases: no operationId",
                        "GET /cases: tag Cases is not defined with a description",
                        "POST /cases: operationId RegisterCase is not lowerCamelCase",
                        "POST /cases: tag Visits is not defined with a description",
                        "GET /cases/{id}: no tag",
                        "GET /cases/{id}: answer 200 without a schema of its body",
                        "PUT /cases/{id}: operationId getCase is used twice",
                        "PUT /cases/{id}: tag Cases is not defined with a description");
    }
}
