//! Which picture the diagram draws: the post's two stacks side by side (they build up), or one of
//! two static pictures where both approaches are nested, as they are used together in practice.

named! {
    /// The picture the diagram draws. Its name is in the URL hash (`picture:wsl2`), in CSS
    /// classes and in `data-value`; `ALL` is the order the picture switch offers them.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Deserialize)]
    #[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = model::picture))]
    #[serde(rename_all = "kebab-case")]
    pub enum Picture {
        /// The post's picture: a VM stack and a container stack on the same hardware (builds up).
        #[default]
        Post = "post",
        /// Docker Desktop on Windows with WSL2: Hyper-V on the hardware, Windows in the root
        /// partition beside the WSL2 utility VM, in which the Docker engine runs the containers.
        Wsl2 = "wsl2",
        /// Containers in a cloud VM (the post's Lightsail): the provider's hardware, a hypervisor,
        /// an Ubuntu VM, the Docker engine, the containers.
        CloudVm = "cloud-vm",
    }
}

impl Picture {
    /// A nested picture: drawn whole, no build-up, no layer buttons.
    pub fn is_nested(self) -> bool {
        self != Picture::Post
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_picture_reads_back_from_its_slug() {
        assert!(Picture::ALL
            .into_iter()
            .all(|p| Picture::parse(p.slug()) == Some(p)));
        assert_eq!(Picture::parse("author"), None);
        assert_eq!(Picture::parse(""), None);
    }

    #[test]
    fn only_the_posts_picture_builds_up() {
        let nested: Vec<Picture> = Picture::ALL.into_iter().filter(|p| p.is_nested()).collect();
        assert_eq!(nested, [Picture::Wsl2, Picture::CloudVm]);
    }
}
