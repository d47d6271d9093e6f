package org.sijill.base;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** Read model row of a registered base. */
@Entity
@Table(name = "base")
public class BaseEntry {

    @Id
    @Column(name = "base_id")
    private String baseId;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "name_ar")
    private String nameAr;
    private String province;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "base_alias", joinColumns = @JoinColumn(name = "base_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias")
    private List<String> aliases = new ArrayList<>();

    protected BaseEntry() {
    }

    BaseEntry(BaseRegistered event) {
        this.baseId = event.baseId();
        this.nameEn = event.nameEn();
        this.nameAr = event.nameAr();
        this.province = event.province();
        this.aliases = new ArrayList<>(event.aliases());
    }

    public String getBaseId() { return baseId; }
    public String getNameEn() { return nameEn; }
    public String getNameAr() { return nameAr; }
    public String getProvince() { return province; }
    public List<String> getAliases() { return List.copyOf(aliases); }
}
