package dev.canopy.platform.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every text of the pages, in English; other languages in {@code messages/msg_<lang>.properties}. */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    @Message("Canopy")
    String platform_name();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Language")
    String language();

    @Message("Storefronts")
    String storefronts_title();

    @Message("Brands of small workshops, selling together")
    String storefronts_lead();

    @Message("Visit the shop")
    String storefronts_visit();

    @Message("No storefronts yet.")
    String storefronts_none();

    @Message("Our workshops")
    String shop_workshops();

    @Message("No workshops have joined yet.")
    String shop_no_workshops();

    @Message("Made in {country}")
    String shop_made_in(String country);

    @Message("Prices in {currencies}")
    String shop_currencies(String currencies);

    @Message("Portal")
    String portal_title();

    @Message("Sign out")
    String portal_sign_out();

    @Message("Signed in as {email}")
    String portal_signed_in_as(String email);

    @Message("Your identity provider has not verified an e-mail address for you, so Canopy cannot tell what you manage.")
    String portal_no_email();

    @Message("Consortia you manage")
    String portal_managed();

    @Message("Workshops you work for")
    String portal_workshops();

    @Message("You do not manage a consortium or work for a workshop yet. Ask your consortium's manager to add you.")
    String portal_nothing();

    @Message("Platform operator: you may create consortia through the API.")
    String portal_operator();

    @Message("Members")
    String portal_members();

    @Message("Admit a member")
    String portal_admit();

    @Message("Slug (used in addresses)")
    String field_slug();

    @Message("Name")
    String field_name();

    @Message("Craft")
    String field_craft();

    @Message("Region")
    String field_region();

    @Message("Country (ISO code, e.g. TJ)")
    String field_country();

    @Message("E-mail")
    String field_email();

    @Message("Status")
    String field_status();

    @Message("Artisans")
    String portal_artisans();

    @Message("Add an artisan")
    String portal_add_artisan();

    @Message("Add")
    String action_add();

    @Message("Open")
    String action_open();

    @Message("No artisans yet.")
    String portal_no_artisans();

    @Message("No members yet.")
    String portal_no_members();

    @Message("Something went wrong")
    String error_title();

    @Message("Back to the start page")
    String error_back();

    @Message("{#when status}{#is 'active'}Active{#is 'suspended'}Suspended{#else}Invited{/when}")
    String status(String status);
}
