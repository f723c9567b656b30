// Common Canadian given and family names (English and French). The register is synthetic: these
// names belong to nobody in it; they exist so the personal-data guard has something to guard.

export const FEMALE_GIVEN = [
  "Amanda", "Amélie", "Andrea", "Angela", "Anne", "Audrey", "Caroline", "Catherine", "Chantal", "Chloé",
  "Christine", "Danielle", "Diane", "Émilie", "Erin", "Geneviève", "Heather", "Isabelle", "Jennifer", "Jessica",
  "Julie", "Karine", "Kathleen", "Kelly", "Laura", "Lisa", "Manon", "Marie", "Mélanie", "Michelle",
  "Nadia", "Natalie", "Nathalie", "Rebecca", "Sarah", "Sophie", "Stéphanie", "Susan", "Tanya", "Valérie",
];

export const MALE_GIVEN = [
  "Alain", "Andrew", "Benoît", "Brian", "Bruce", "Christopher", "Claude", "Craig", "Daniel", "David",
  "Denis", "Éric", "François", "Gary", "Gordon", "Greg", "Guy", "Ian", "James", "Jason",
  "Jean", "Jeffrey", "John", "Kevin", "Luc", "Marc", "Mark", "Martin", "Matthew", "Michael",
  "Michel", "Patrick", "Paul", "Pierre", "Richard", "Robert", "Ryan", "Scott", "Stéphane", "Steven",
];

/** For officers of another or undisclosed gender. */
export const NEUTRAL_GIVEN = ["Alex", "Cameron", "Dominique", "Jordan", "Morgan", "Robin", "Sam", "Taylor"];

export const FAMILY = [
  "Anderson", "Arsenault", "Bélanger", "Bergeron", "Bouchard", "Boucher", "Brown", "Campbell", "Chan", "Clark",
  "Côté", "Cyr", "Fortin", "Fraser", "Gagné", "Gagnon", "Gauthier", "Gill", "Girard", "Johnson",
  "Jones", "Kelly", "Lapointe", "Lavoie", "Leblanc", "Lee", "Lévesque", "MacDonald", "MacKenzie", "Martin",
  "Mercier", "Morin", "Murphy", "Nguyen", "Ouellet", "Paquette", "Patel", "Pelletier", "Poirier", "Roy",
  "Scott", "Simard", "Smith", "Stewart", "Taylor", "Thompson", "Tremblay", "Walker", "White", "Wilson",
];
