package dev.canopy.media;

import static dev.canopy.testsupport.Fixtures.as;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.tenancy.ConsortiumDirectory;
import dev.canopy.tenancy.TenantContext;
import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Workshops made through the API, and the consortium a test acts in, as a request would have it. */
@ApplicationScoped
class Workshops {

    @Inject
    ConsortiumDirectory directory;
    @Inject
    TenantContext tenant;
    @Inject
    ImageRepository images;

    /** A workshop of a fresh consortium, which the test then acts in. */
    Workshop enterNew() {
        String manager = Fixtures.email("manager");
        String consortium = Fixtures.consortium(manager);
        String member = Fixtures.member(consortium, manager);
        String memberId = as(Tokens.person(manager))
                .get("/api/v1/consortia/{c}/members/{m}", consortium, member)
                .then().statusCode(200).extract().path("id");
        return enter(new Workshop(directory.bySlug(consortium).orElseThrow(), UUID.fromString(memberId)));
    }

    Workshop enter(Workshop workshop) {
        tenant.enter(workshop.consortium());
        return workshop;
    }

    /** The image rows the current consortium has, as the database sees them. */
    long imageRows() {
        return QuarkusTransaction.requiringNew().call(() -> images.count());
    }
}
