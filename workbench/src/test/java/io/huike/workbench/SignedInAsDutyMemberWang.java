package io.huike.workbench;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The test's requests come from 王建国, a duty member of Gulou whose member id is m-wang. */
@TestSecurity(user = "wang", roles = "duty-member")
@OidcSecurity(
        claims = {
            @Claim(key = "name", value = "王建国"),
            @Claim(key = "member", value = "m-wang"),
            @Claim(key = "communities", value = "[\"gulou\"]", type = ClaimType.JSON_ARRAY)
        })
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SignedInAsDutyMemberWang {}
