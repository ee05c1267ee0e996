package dev.canopy.tenancy;

final class Patterns {

    static final String SLUG = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?";
    static final String SLUG_MESSAGE = "must be 1-40 lower-case letters, digits or inner hyphens";
    static final String COLOR = "#[0-9a-fA-F]{6}";
    static final String COLOR_MESSAGE = "must be a colour like #2f5d50";
    static final String DOMAIN = "(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}";
    static final String DOMAIN_MESSAGE = "must be a lower-case host name like shop.example.com";

    private Patterns() {
    }
}
