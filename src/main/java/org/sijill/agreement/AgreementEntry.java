package org.sijill.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Read model row of a registered agreement. */
@Entity
@Table(name = "agreement")
public class AgreementEntry {

    @Id
    @Column(name = "agreement_id")
    private String agreementId;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "name_ar")
    private String nameAr;

    protected AgreementEntry() {
    }

    AgreementEntry(AgreementRegistered event) {
        this.agreementId = event.agreementId();
        this.nameEn = event.nameEn();
        this.nameAr = event.nameAr();
    }

    public String getAgreementId() { return agreementId; }
    public String getNameEn() { return nameEn; }
    public String getNameAr() { return nameAr; }
}
