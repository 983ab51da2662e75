package com.creditline.checkout.fraud;

/** A device and where it is, as the shop reports it at checkout (location optional). */
public record DeviceLocation(String deviceId, Double latitude, Double longitude) {

    boolean hasLocation() {
        return latitude != null && longitude != null;
    }

    /** Great-circle distance in kilometres (haversine). */
    static double kilometresBetween(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
