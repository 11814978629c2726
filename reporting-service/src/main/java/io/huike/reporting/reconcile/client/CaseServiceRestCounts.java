package io.huike.reporting.reconcile.client;

import io.huike.reporting.reconcile.CaseServiceCounts;
import io.huike.reporting.reconcile.CaseServiceUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Asks the case service's case list for one row and reads its X-Total-Count. */
@ApplicationScoped
class CaseServiceRestCounts implements CaseServiceCounts {

    private final CaseServiceClient caseService;

    CaseServiceRestCounts(@RestClient CaseServiceClient caseService) {
        this.caseService = caseService;
    }

    @Override
    public long count(String community, String authorization, String status) {
        try (Response answer = caseService.count(community, authorization, status, 1)) {
            return Long.parseLong(answer.getHeaderString("X-Total-Count"));
        } catch (WebApplicationException e) {
            throw new CaseServiceUnavailable(
                    "the case service answered " + e.getResponse().getStatus());
        } catch (ProcessingException | NumberFormatException e) {
            throw new CaseServiceUnavailable("the case service could not be asked: " + e.getMessage());
        }
    }
}
