package dev.chromasetup.aws.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.EbsInstanceBlockDevice;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceBlockDeviceMapping;

class SdkSnapshotsTest {
    private static InstanceBlockDeviceMapping ebs(String device, String volumeId) {
        return InstanceBlockDeviceMapping.builder().deviceName(device)
                .ebs(EbsInstanceBlockDevice.builder().volumeId(volumeId).build()).build();
    }

    @Test
    void theRootDevicesVolumeIsTheDataVolume() {
        Instance i = Instance.builder().rootDeviceName("/dev/xvda")
                .blockDeviceMappings(ebs("/dev/sdf", "vol-extra"), ebs("/dev/xvda", "vol-root")).build();
        assertThat(SdkSnapshots.rootVolumeId(i)).contains("vol-root");
    }

    @Test
    void withoutAListedRootDeviceTheFirstEbsVolumeIsTaken() {
        Instance i = Instance.builder().rootDeviceName("/dev/sda1")
                .blockDeviceMappings(InstanceBlockDeviceMapping.builder().deviceName("/dev/sdb").build(),
                        ebs("/dev/xvda", "vol-first"))
                .build();
        assertThat(SdkSnapshots.rootVolumeId(i)).contains("vol-first");
    }

    @Test
    void anInstanceStoreOnlyInstanceHasNoDataVolume() {
        assertThat(SdkSnapshots.rootVolumeId(Instance.builder().rootDeviceName("/dev/sda1").build())).isEmpty();
    }
}
