//! A cheap fingerprint of folders of files, to know without reading them
//! whether any changed.

use std::fs;
use std::path::Path;
use std::time::SystemTime;

/// What the files in some folders looked like: names, sizes, modification
/// times (and inodes). The reminders' background loop compares stamps of
/// the profile, plan and reminder folders (a few `stat`s) and re-reads only
/// when they differ.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FolderStamp {
    files: Vec<(String, u64, Option<SystemTime>, u64)>,
}

/// The inode on Unix: every atomic write is a new file, so this changes even
/// where modification times are coarse.
#[cfg(unix)]
fn file_identity(metadata: &fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::ino(metadata)
}

#[cfg(not(unix))]
fn file_identity(_metadata: &fs::Metadata) -> u64 {
    0
}

impl FolderStamp {
    pub(crate) fn of(folders: &[&Path]) -> FolderStamp {
        let mut files = Vec::new();
        for folder in folders {
            let Ok(entries) = fs::read_dir(folder) else {
                continue;
            };
            for entry in entries.flatten() {
                let Ok(metadata) = entry.metadata() else {
                    continue;
                };
                files.push((
                    format!(
                        "{}/{}",
                        folder.display(),
                        entry.file_name().to_string_lossy()
                    ),
                    metadata.len(),
                    metadata.modified().ok(),
                    file_identity(&metadata),
                ));
            }
        }
        files.sort();
        FolderStamp { files }
    }
}
