package org.incidentdesk.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** Every icon the program shows, by meaning. */
public enum Icons {
    ROSTER(MaterialDesignC.CARD_ACCOUNT_PHONE_OUTLINE),
    PLAN(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE),
    ADD_PERSON(MaterialDesignA.ACCOUNT_PLUS_OUTLINE),
    ADD_UNIT(MaterialDesignD.DOMAIN_PLUS),
    EDIT(MaterialDesignP.PENCIL_OUTLINE),
    DELETE(MaterialDesignD.DELETE_OUTLINE),
    IMPORT(MaterialDesignF.FILE_IMPORT_OUTLINE),
    EXPORT(MaterialDesignF.FILE_EXPORT_OUTLINE),
    ON_DUTY(MaterialDesignA.ACCOUNT_CLOCK_OUTLINE),
    CLOCK(MaterialDesignC.CLOCK_OUTLINE),
    THEME(MaterialDesignT.THEME_LIGHT_DARK),
    LANGUAGE(MaterialDesignT.TRANSLATE),
    DATABASE(MaterialDesignD.DATABASE_OUTLINE),
    FOLDER(MaterialDesignF.FOLDER_OUTLINE),
    ALARM(MaterialDesignA.ALARM_LIGHT_OUTLINE),
    WARNING(MaterialDesignA.ALERT_OUTLINE),
    CHECK(MaterialDesignC.CHECK),
    MAGNIFY(MaterialDesignM.MAGNIFY),
    WEB(MaterialDesignW.WEB),
    DOCUMENT(MaterialDesignF.FILE_DOCUMENT_OUTLINE),
    PRINT(MaterialDesignP.PRINTER_OUTLINE),
    ZOOM_IN(MaterialDesignM.MAGNIFY_PLUS_OUTLINE),
    ZOOM_OUT(MaterialDesignM.MAGNIFY_MINUS_OUTLINE),
    REFRESH(MaterialDesignR.REFRESH),
    BELL(MaterialDesignB.BELL_RING_OUTLINE),
    DONE(MaterialDesignC.CHECK_CIRCLE_OUTLINE),
    CLOSE(MaterialDesignC.CLOSE),
    PHONE(MaterialDesignP.PHONE_OUTLINE),
    OPEN(MaterialDesignO.OPEN_IN_APP),
    AUDIT(MaterialDesignS.SHIELD_CHECK_OUTLINE),
    REVIEW(MaterialDesignC.CLIPBOARD_CHECK_OUTLINE),
    STAR(MaterialDesignS.STAR),
    STAR_OUTLINE(MaterialDesignS.STAR_OUTLINE),
    PERSON(MaterialDesignA.ACCOUNT_CIRCLE_OUTLINE),
    LOCK(MaterialDesignL.LOCK_OUTLINE),
    ACCOUNTS(MaterialDesignA.ACCOUNT_KEY_OUTLINE);

    private final Ikon ikon;

    Icons(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon node() {
        return new FontIcon(ikon);
    }
}
