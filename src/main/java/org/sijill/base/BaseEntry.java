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
    private Double lat;
    private Double lon;
    @Column(name = "location_precision")
    private String locationPrecision;
    @Column(name = "location_reference")
    private String locationReference;
    @Column(name = "location_note")
    private String locationNote;
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
        this.aliases = new ArrayList<>(event.aliases());
        locate(event.province(), event.location(), event.locationNote());
    }

    void locate(String province, BaseLocation location, String note) {
        this.province = province;
        this.lat = location == null ? null : location.lat();
        this.lon = location == null ? null : location.lon();
        this.locationPrecision = location == null ? null : location.precision();
        this.locationReference = location == null ? null : location.reference();
        this.locationNote = note;
    }

    public String getBaseId() { return baseId; }
    public String getNameEn() { return nameEn; }
    public String getNameAr() { return nameAr; }
    public String getProvince() { return province; }
    public List<String> getAliases() { return List.copyOf(aliases); }
    public String getLocationNote() { return locationNote; }

    /** The base's point, or null when none is given. */
    public BaseLocation getLocation() {
        return lat == null ? null : new BaseLocation(lat, lon, locationPrecision, locationReference);
    }
}
