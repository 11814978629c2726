package io.huike.workbench.clients;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns a service's error answer into a {@link ServiceProblemException} carrying its problem detail. */
public class ProblemResponses implements ResponseExceptionMapper<ServiceProblemException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ServiceProblemException toThrowable(Response response) {
        return new ServiceProblemException(problemOf(response), response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    static ServiceProblem problemOf(Response response) {
        try {
            response.bufferEntity();
            String body = response.readEntity(String.class);
            if (body != null && !body.isBlank()) {
                ServiceProblem problem = JSON.readValue(body, ServiceProblem.class);
                if (problem.status == 0) {
                    problem.status = response.getStatus();
                }
                return problem;
            }
        } catch (RuntimeException | java.io.IOException unreadable) {
            // Not a problem detail (a proxy's error page, say): the status alone tells what happened.
        }
        return ServiceProblem.ofStatus(response.getStatus());
    }
}
