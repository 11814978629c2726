package io.huike.workbench.clients;

import io.huike.workbench.session.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Sends the signed-in user's access token to the services as a bearer token, so that each service applies its own
 * rules to the user, never to the workbench. The browser never sees the token: it stays in the encrypted session
 * cookie. Registered on every client of the staff's pages; the resident's status lookup sends none.
 */
@ApplicationScoped
public class SignedInUserBearer implements ClientRequestFilter {

    private final Instance<SignedInUser> user;

    SignedInUserBearer(Instance<SignedInUser> user) {
        this.user = user;
    }

    @Override
    public void filter(ClientRequestContext request) {
        user.get()
                .accessToken()
                .ifPresent(token -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }
}
