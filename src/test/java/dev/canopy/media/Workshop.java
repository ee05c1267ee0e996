package dev.canopy.media;

import static dev.canopy.testsupport.Fixtures.as;

import java.util.UUID;

import dev.canopy.tenancy.ConsortiumDirectory;
import dev.canopy.tenancy.TenantContext;
import dev.canopy.tenancy.TenantContext.ConsortiumRef;
import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;

/** A member workshop of a fresh consortium, made through the API, as the catalog would hand it to media. */
record Workshop(ConsortiumRef consortium, UUID memberId) {

    static Workshop create(ConsortiumDirectory directory) {
        String manager = Fixtures.email("manager");
        String consortium = Fixtures.consortium(manager);
        String member = Fixtures.member(consortium, manager);
        String memberId = as(Tokens.person(manager))
                .get("/api/v1/consortia/{c}/members/{m}", consortium, member)
                .then().statusCode(200).extract().path("id");
        return new Workshop(directory.bySlug(consortium).orElseThrow(), UUID.fromString(memberId));
    }

    /** Acts within this workshop's consortium for the rest of the test's request context. */
    Workshop enter(TenantContext tenant) {
        tenant.enter(consortium);
        return this;
    }

    String slug() {
        return consortium.slug();
    }
}
