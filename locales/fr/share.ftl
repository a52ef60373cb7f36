### Partager un résultat au-delà du lien : l’image de la carte de résultat, le
### code QR, et ce qui s’affiche quand un lien de résultat ne peut pas être lu.

## La carte de résultat : une image de 1200 x 630 du résultat. Ses lignes ont une
## largeur fixe dans l’image ; une ligne trop longue est dessinée plus petite.

# Sous le titre de la carte en cas d’égalité (le titre nomme chaque style à égalité).
card-subtitle-tie = Égalité : autant de points chacun
# Le portrait en une ligne de la carte en cas d’égalité, à la première personne (la carte est publiée par la personne).
card-tagline-tie = Mes réponses ont donné exactement le même nombre de points à ces styles.
# Sous le code QR de la carte.
card-scan = Scannez pour le résultat complet
card-download = Télécharger la carte de résultat
card-share = Partager la carte de résultat
card-not-drawn = Impossible de générer la carte dans ce navigateur.
card-shared = Carte partagée.
card-not-shared = Impossible de partager la carte. Téléchargez-la plutôt.
# $name (String): the file's name, such as netstyle-mensch.png
card-saved = Carte enregistrée sous { $name }.
card-not-saved = Impossible d’enregistrer la carte dans ce navigateur.

## Le code QR d’un lien de partage, affiché en plein écran pour qu’une autre personne le scanne.

qr-show = Afficher le code QR
qr-close = Fermer
qr-eyebrow = Scannez pour voir ce style de networking
# Le nom accessible du code QR.
qr-label = Code QR du lien ci-dessous
qr-too-long = Ce lien est trop long pour un code QR. Partagez-le plutôt sous forme de lien.

## Pourquoi un lien de résultat n’a pas pu être ouvert (sous « Impossible d’ouvrir ce lien de résultat »).

link-empty = Le lien ne contient aucun résultat.
link-bad-characters = Le lien contient des caractères qui n’apparaissent jamais dans un résultat netstyle.
link-wrong-length = Le lien est incomplet ou contient des caractères en trop ; il a peut-être été tronqué au moment de la copie.
link-bad-checksum = Le lien a été modifié ou endommagé en chemin : sa somme de contrôle ne correspond pas.
# $format (Number): the link's format number
link-newer-version = Le lien a été créé par une version plus récente de netstyle (format { $format }). Rechargez la page pour obtenir la dernière version.
link-unknown-version = Le format de ce lien est inconnu de netstyle.
link-out-of-range = Le lien contient des valeurs qu’aucun résultat du quiz ne peut avoir.
