/**
 * Given names common in Sweden. Participant lists extracted from PDFs often run names together with
 * nothing between them ("Per Öberg Maja Wiklund Mona Nyberg"); knowing which words are given names tells
 * where one person ends and the next begins. The list is evidence, not a gate: a name not in it is still a
 * name, only its boundaries are less certain.
 */
const NAMES = `
aase abbe abdi abdullah abdullahi abdul adam adrian agda agne agnes agneta ahmad ahmed aida aina ainur aino
akasya al albert albin alberto aleksandar aleksander alex alexander alexandra alexis alf alfred alfons ali alice alicia alina
alva alvar alvin alma amalia amanda amelia amelie amir amira amra ana anders andrea andreas andré andrew anette angela
angelica angelika anita anja ann anna anne anneli annelie annelill annette annica annie annika anniette ante anton antonia
ante aram ari arne arnold aron arvid arvo asta astrid atle august augusta axel aydin aylin
barbro beatrice beata bella ben bengt benny berit bernt bert berth bertil beryl betty bill birger birgit birgitta birgittha
bjarne björn bo bob bodil boel bosse brita britt britta britten bror bruno börje
camilla carin carina carl carl-axel carl-erik carl-gustaf carl-johan carola carolina caroline catarina catharina cathrine catrin
cecilia cenneth charlotte charlotta christer christian christin christina christine christoffer claes clara claudia conny cornelia
dag dagmar dan daniel daniela david dennis désirée desirée diana dick dimitri doris dragan
ebba edith edvard edvin effe egon einar elias elin elina elis elisabet elisabeth elise ella ellen ellinor elsa elsie
elver elvira emanuel emelie emil emilia emma emmy erica erik erika erland erling ester eva evelina ewa ewy
fahimeh fanny farid fatima felicia felix filip fiona folke frank frans fred fredrik frida fritz
gabriel gabriella gert gerd gerda greta gun gunbritt gunhild gunilla gunnar gunnel gunni gustaf gustav gösta göran görgen
hamid hampus hanna hannah hannele hans harald hasse hassan hedda hedvig heidi helen helena helene helga helge henning
henrik henry herbert hilda hilkka hillevi hjalmar hlödur holger hugo hulda hussein håkan
ibrahim ida idris inga inga-lill inge ingegerd ingela ingemar inger ingmar ingrid ingvar ingvor irene iréne iris irja isa
isabel isabella isabelle isak ismet ivan ivar
jack jacob jakob jan jane janne jannike jeanette jeannette jenni jennie jenny jens jesper jessica jill jim jimmy joachim
joakim joel johan johanna johannes john johnny jonas jonatan jonathan jorge josef josefin josefine josefina julia julius jöran
jörgen juha jukka
kaj kajsa kalle kamel karin karina karl karl-erik karl-johan karolina kaspar katarina katharina kathrine katja kenneth
kennet kent kerstin kevin kiki kicki kim kimberly kiymet kjell klara klas knut kristian kristin kristina kristoffer
kurt
lage lars lasse laila lea leena leif lena lennart leo leon leonard lesley leyla lili lillemor lilian lina linda linn linnea
linnéa lisa lise lisbeth liselott liselotte liv lotta lottie louise lovisa lucas ludvig lukas lydia lykke
madeleine magda magnus maida maidie maj maj-britt maja majken malin malte manfred margareta margaretha margit
maria mariana marianne marie marika marina mario marita marius mark markus marcus marlene martin martina mats
matilda mattias mauricio maurico max maximilian mayken mehmet meja melker melvin metin mia micael michael michaela
mikael mikaela milan milla milo mina minna mirja mohamed mohammad mohammed molly mona monalisa monica monika
moa mousa muhammad mussa mustafa märta märtha
nadia natalie natalia nathalie nicke niclas nicklas nicolas nicole nicolina niklas nils nina noa noah nora
oda olle ola olga oliver olivia olof olov omar oscar oskar otto ove owe
paul paula per percy peter petra philip pia pirjo pontus patric patrick patrik pär
ragnar ragnhild rainer ralf randi rasmus rebecca rebecka regina reidar reine riitta rickard rikard rino rita robert robin
roger roland rolf roma ronja ronny rose rose-marie rosmarie rune ruth rut
sabina sahar said salima sam samir samuel sandra sanna sara sarah saga sebastian selma siv simon simone sirpa sixten
siw sofia sofie sonja solveig solweig sonny staffan stefan stella sten stig stina stellan sture sune susanna susanne
svante sven sven-erik sven-olof sverker sylvia
tage tallat tanja tarja ted terese teresia therese theodor thomas thorbjörn thore tilda tina tobias tom tomas tommy
tony tora tord tore torbjörn torgny torsten tove tuula tyra
ulf ulla ulla-britt ulrica ulrika ulrik unni urban
valter vanessa vera veronica veronika victor victoria viktor viktoria vilhelm vilma vincent viola virosa vivi vivi-ann
viveca viveka
walter werner wilhelm william wilma wojciech
yasmin ylva yngve yvonne
zelotinka zoran
åke åsa åse
örjan östen
`;

const SET = new Set(NAMES.split(/\s+/).filter(Boolean));

/**
 * True when a word is a common given name ("Kerstin", "Per-Owe" by its first part, "MonaLisa").
 * Case-insensitive; a hyphenated word counts when its first part is a given name.
 */
export function isGivenName(word: string): boolean {
  const w = word.toLowerCase();
  if (SET.has(w)) return true;
  const dash = w.indexOf('-');
  return dash > 0 && SET.has(w.slice(0, dash));
}
