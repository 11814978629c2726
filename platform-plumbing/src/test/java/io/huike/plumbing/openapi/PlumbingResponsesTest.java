package io.huike.plumbing.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.huike.plumbing.problems.Problem;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class PlumbingResponsesTest {

    @Test
    @SuppressWarnings("unchecked")
    void aSecuredWriteOfARecordDocumentsEveryAnswerOfThePlumbingAsAProblem() {
        Operation write = OASFactory.createOperation()
                .addParameter(pathParameter("id"))
                .requestBody(OASFactory.createRequestBody())
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt", "case-handler"))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("Registered")));
        OpenAPI document = documentWith("/communities/{community}/cases/{id}", write, null);

        new PlumbingResponses().filterOpenAPI(document);

        assertThat(write.getResponses().getAPIResponses())
                .containsOnlyKeys("201", "400", "401", "403", "404", "406", "413", "414", "415", "431", "500", "503");
        var badRequest = write.getResponses().getAPIResponse("400");
        assertThat(badRequest.getDescription()).isNotBlank();
        assertThat((Map<String, Object>)
                        badRequest.getContent().getMediaType(Problem.MEDIA_TYPE).getExample())
                .containsEntry("type", "urn:huike:problem:invalid-request")
                .containsEntry("status", 400)
                .containsKey("errors");
        assertThat(badRequest
                        .getContent()
                        .getMediaType(Problem.MEDIA_TYPE)
                        .getSchema()
                        .getRef())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.getComponents().getSchemas().get("Problem").getProperties())
                .containsOnlyKeys("type", "title", "status", "detail", "instance", "errors");
    }

    @Test
    void aPublicReadWithoutParametersDocumentsOnlyWhatAnyRequestCanMeet() {
        Operation read = OASFactory.createOperation().responses(OASFactory.createAPIResponses());
        OpenAPI document = documentWith("/communities", read, null);

        new PlumbingResponses().filterOpenAPI(document);

        assertThat(read.getResponses().getAPIResponses()).containsOnlyKeys("406", "414", "431", "500", "503");
    }

    @Test
    void parametersOfThePathItemCountAndAnOperationsOwnRefusalKeepsItsWordsAsAProblem() {
        Operation read = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse(
                                "404", OASFactory.createAPIResponse().description("No such feed (perhaps renewed)")));
        OpenAPI document = documentWith("/calendar-feeds/{token}.ics", read, List.of(pathParameter("token")));

        new PlumbingResponses().filterOpenAPI(document);

        assertThat(read.getResponses().getAPIResponses())
                .containsKeys("400", "404")
                .doesNotContainKeys("401", "403");
        assertThat(read.getResponses().getAPIResponse("404").getDescription())
                .isEqualTo("No such feed (perhaps renewed)");
        var notFound = read.getResponses().getAPIResponse("404").getContent().getMediaType(Problem.MEDIA_TYPE);
        assertThat(notFound.getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
        assertThat(notFound.getExample())
                .isEqualTo(Map.of(
                        "type", "urn:huike:problem:not-found",
                        "title", "Not found",
                        "status", 404,
                        "detail", "No such feed (perhaps renewed)",
                        "instance", "/calendar-feeds/token.ics"));
    }

    @Test
    void aRefusalThatNamesItsProblemTypeShowsThatTypeInItsExample() {
        assertThat(PlumbingResponses.example(
                        "/cases", 422, "The visit lies further back than allowed (problem type paper-log-too-old)"))
                .containsEntry("type", "urn:huike:problem:paper-log-too-old")
                .containsEntry("title", "Unprocessable request");
        assertThat(PlumbingResponses.example("/communities/{community}/cases/{id}/referrals/{referralId}", 404, ""))
                .containsEntry(
                        "instance",
                        "/communities/gulou/cases/3f6c1b52-0d2e-4d8a-9c61-2b7e5a9d4f10/referrals/"
                                + "3f6c1b52-0d2e-4d8a-9c61-2b7e5a9d4f10");
    }

    @Test
    void anAnswerThatIsNotARefusalOrHasItsOwnContentIsLeftAsItIs() {
        var own = OASFactory.createContent().addMediaType("text/calendar", OASFactory.createMediaType());
        Operation read = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("304", OASFactory.createAPIResponse().description("Not modified"))
                        .addAPIResponse(
                                "409",
                                OASFactory.createAPIResponse()
                                        .description("Renewed")
                                        .content(own)));
        OpenAPI document = documentWith("/calendar-feeds", read, null);

        new PlumbingResponses().filterOpenAPI(document);

        assertThat(read.getResponses().getAPIResponse("304").getContent()).isNull();
        assertThat(read.getResponses().getAPIResponse("409").getContent()).isSameAs(own);
    }

    @Test
    void aProblemSchemaTheDocumentAlreadyHasIsKept() {
        OpenAPI document = documentWith("/rebuilds", OASFactory.createOperation(), null);
        var own = OASFactory.createSchema().description("ours");
        document.components(OASFactory.createComponents().addSchema("Problem", own));

        new PlumbingResponses().filterOpenAPI(document);

        assertThat(document.getComponents().getSchemas().get("Problem")).isSameAs(own);
    }

    private static OpenAPI documentWith(String path, Operation get, List<Parameter> pathParameters) {
        var item = OASFactory.createPathItem().GET(get);
        if (pathParameters != null) {
            item.parameters(pathParameters);
        }
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem(path, item));
    }

    private static Parameter pathParameter(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true);
    }
}
