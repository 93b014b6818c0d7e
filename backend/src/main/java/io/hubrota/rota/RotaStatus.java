package io.hubrota.rota;

public enum RotaStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
