package io.huike.workbench;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The test's requests come from zhao, a district supervisor of Gulou and Xincheng who has no member id. */
@TestSecurity(user = "zhao", roles = "district-supervisor")
@OidcSecurity(
        claims = {
            @Claim(key = "preferred_username", value = "zhao"),
            @Claim(key = "communities", value = "[\"gulou\",\"xincheng\"]", type = ClaimType.JSON_ARRAY)
        })
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SignedInAsDistrictSupervisorZhao {}
