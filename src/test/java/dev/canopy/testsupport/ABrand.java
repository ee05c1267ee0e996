package dev.canopy.testsupport;

import java.util.Map;

/** A brand of its own for one test: its first manager, the consortium and one workshop. */
public record ABrand(String manager, String consortium, String member) {

    public static ABrand withAWorkshop() {
        return withAWorkshop(Map.of());
    }

    /** A brand with some fields of its own (story, languages, ...). */
    public static ABrand withAWorkshop(Map<String, Object> fields) {
        String manager = Fixtures.email("manager");
        String consortium = Fixtures.consortium(manager, fields);
        return new ABrand(manager, consortium, Fixtures.member(consortium, manager));
    }

    public String managerToken() {
        return Tokens.person(manager);
    }

    /** The token of a new artisan of the brand's workshop: an insider who is no manager. */
    public String artisanToken() {
        String artisan = Fixtures.email("artisan");
        Fixtures.artisan(consortium, member, manager, artisan);
        return Tokens.person(artisan);
    }

    /** The token of the manager of another brand: an outsider here. */
    public static String strangerToken() {
        String stranger = Fixtures.email("manager");
        Fixtures.consortium(stranger);
        return Tokens.person(stranger);
    }

    /** A product of the workshop, published; answers its id. */
    public String published(Map<String, Object> product) {
        return Products.published(consortium, member, manager, product);
    }

    /** A carpet of the workshop, published under the English title; answers its id. */
    public String published(String titleEn) {
        return published(Products.carpet(titleEn, titleEn, 1000));
    }
}
