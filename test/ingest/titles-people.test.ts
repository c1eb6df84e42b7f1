/** Event titles written from the clause; people found through roles and appositions. */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/ingest/entities.ts';
import { findDates } from '../../src/ingest/dates.ts';
import { eventTitle } from '../../src/ingest/titles.ts';
import { splitParagraphs } from '../../src/knowledge/article.ts';

const anchor = { year: 2027, month: 3, day: 10 };
const title = (sentence: string) => {
  const dates = findDates(sentence, anchor);
  return eventTitle(sentence, dates, dates[0]!.start);
};

describe('event titles', () => {
  it('keep subject, verb and object and drop the date words', () => {
    expect(title('Shareholders vote on the takeover on Thursday.')).toBe('Shareholders vote on the takeover');
    expect(title('The vote will be held in December, the company said.')).toBe('The vote will be held');
  });
  it('keep a number written with thousands commas whole: its comma ends no clause or adverbial', () => {
    expect(title('The firm will cut 1,200 jobs by March, the union said.')).toBe('The firm will cut 1,200 jobs');
    expect(title('According to a survey of 12,500 drivers, prices rose by 4% in June.')).toBe('Prices rose by 4%');
  });
  it('drop the reporting frame and what trails after the object', () => {
    expect(title('The company said on Monday that shareholders will vote on the takeover in April.')).toBe(
      'The company said',
    );
    expect(title('Reddy said the board rejected a lower offer on 2 June, because it was too low.')).toBe(
      'The board rejected a lower offer',
    );
  });
  it('keep to the conjoined part the date is in, without appositions of age and address or times', () => {
    const court =
      'Prosecutor Helena Marsh told the jury that a driver reported a missing tanker on 6 August 2025 ' +
      'and that police searched his home the following Monday.';
    expect(title(court)).toBe('A driver reported a missing tanker');
    expect(
      title('Gareth Pimlott, 47, of Harrowgate Road, Selby, was convicted by a jury at Leeds Crown Court on Monday.'),
    ).toBe('Gareth Pimlott was convicted by a jury at Leeds Crown Court');
    expect(title('Talks with the union were due to resume at 10am on Monday.')).toBe(
      'Talks with the union were due to resume',
    );
  });
  it('take a clause that opens on its verb together with its subject', () => {
    expect(title('The talks with the opposition are due to commence next year, the minister said.')).toBe(
      'The talks with the opposition are due to commence',
    );
  });
  it('title a line without a verb by the line itself', () => {
    expect(title('Sat 13 March: Northport v Eastfield Town, 3pm, Harbour Park')).toBe('Northport v Eastfield Town');
  });
});

const people = (text: string) =>
  extractEntities(splitParagraphs(text))
    .filter((e) => e.kind === 'person')
    .map((e) => ({ name: e.name, role: e.role, aliases: e.aliases }));

describe('people', () => {
  it('are found through a role before the name, even in lower case, and linked to their surname', () => {
    const found = people(
      "Shares fell, the broker's analyst Jane Roe said. Roe expects more falls.\n\n" +
        'His striker Tobiah Mbeki scored. Mbeki was injured.',
    );
    expect(found).toContainEqual({ name: 'Jane Roe', role: 'analyst', aliases: ['Roe'] });
    expect(found).toContainEqual({ name: 'Tobiah Mbeki', role: 'striker', aliases: ['Mbeki'] });
  });
  it('are found through appositions with a role or an age', () => {
    const found = people(
      'Dagny Ottesen, a senior analyst at Harcourt Securities, said the bid was low.\n\n' +
        'The defendant, Kasimir Brodsky, 34, denied it. Brodsky was bailed.',
    );
    expect(found.map((p) => p.name).sort()).toEqual(['Dagny Ottesen', 'Kasimir Brodsky']);
    expect(found.find((p) => p.name === 'Kasimir Brodsky')!.aliases).toContain('Brodsky');
  });
  it('take the role from an apposition after an age ("Graham Ellery, 58, a retired surveyor")', () => {
    const found = people('Graham Ellery, 58, a retired surveyor from Leicester, set off alone. Ellery fell.');
    expect(found.find((p) => p.name === 'Graham Ellery')!.role).toBe('retired surveyor');
  });
  it('take the apposition as the role over a one-word title ("Councillor X, the leader of the council")', () => {
    const found = people(
      'Councillor Bethan Morrow, the leader of the council, said the town would recover. Morrow smiled.',
    );
    expect(found.find((p) => p.name === 'Bethan Morrow')!.role).toBe('leader of the council');
  });
  it('hold an office as their role: courtesy titles dropped, short titles in full, "Mrs Justice" a judge', () => {
    const found = people(
      'Mrs Justice Caroline Whitfield ruled on Friday. Whitfield ordered costs.\n\n' +
        'Cllr Nadia Osei voted for it. Ms Aoife Brannigan said the festival was off. Det Sgt Owen Caddick spoke.',
    );
    const role = (name: string) => found.find((p) => p.name === name)?.role;
    expect(role('Caroline Whitfield')).toBe('Judge');
    expect(found.find((p) => p.name === 'Caroline Whitfield')!.aliases).not.toContain('Mrs Justice');
    expect(role('Nadia Osei')).toBe('Councillor');
    expect(role('Aoife Brannigan')).toBeUndefined();
    expect(role('Owen Caddick')).toBe('Detective Sergeant');
  });
  it('are found through appositions opened by an owner or by a bare role, not by a clause', () => {
    const found = people(
      "Kwame Asante, Lumenrise's head of developer relations, said so. Asante smiled.\n\n" +
        'Guest speakers include Amara Nwosu, founder of the robotics startup Kestrel Works. ' +
        'Talks resumed in Geneva, and the minister said nothing.',
    );
    expect(found.map((p) => p.name).sort()).toEqual(['Amara Nwosu', 'Kwame Asante']);
    expect(found.find((p) => p.name === 'Kwame Asante')!.aliases).toContain('Asante');
  });
  it('split "X of the Y" into a person and a body, and leave states and banks whole', () => {
    const found = extractEntities(
      splitParagraphs(
        'The walk was organised by Siân Llewellyn of the Friends of Northbrook General, who recruited 90 people. ' +
          'Royal Bank of Scotland and the Democratic Republic of the Congo were not involved.',
      ),
    );
    expect(found.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Siân Llewellyn']);
    expect(found.find((e) => e.name === 'Friends of Northbrook General')?.kind).toBe('organisation');
    expect(found.find((e) => e.name === 'Royal Bank of Scotland')?.kind).toBe('organisation');
  });
  it('leave a titled surname that several named people share unassigned, and honours alone and islands unnamed', () => {
    const found = people(
      'Her parents, Joanna and Tomasz Nowak, walked with Zofia Nowak. "It was hard," said Mrs Nowak, 34. ' +
        'Tomás Villanueva, a PhD candidate, spoke. A week in a cottage on Skye was auctioned.',
    );
    expect(found.map((p) => p.name).sort()).toEqual([
      'Joanna Nowak',
      'Tomasz Nowak',
      'Tomás Villanueva',
      'Zofia Nowak',
    ]);
  });
  it('read a party before a full name as its role, and first names the tagger half knows as sharing a surname', () => {
    const found = people(
      "The Conservative Declan O'Rourke lost. Ravi and Sunita Chauhan voted. " +
        'When Leela and Thomas Varghese opened a café, Oisín Brennan of Lee Valley Ventures invested. ' +
        'Labour Party members met between the town centre, Ellerby and Thornton Vale.',
    );
    expect(found.map((p) => p.name).sort()).toEqual([
      "Declan O'Rourke",
      'Leela Varghese',
      'Oisín Brennan',
      'Ravi Chauhan',
      'Sunita Chauhan',
      'Thomas Varghese',
    ]);
    expect(found.find((p) => p.name === "Declan O'Rourke")!.role).toBe('Conservative');
  });
  it('read "the mayor of X, Name," and "X\'s Labour MP, Name," as roles, and a relative by first name', () => {
    const found = people(
      'The mayor of Mangawhero, Huia Rangihau, said the town had waited. ' +
        "Brackwell's Labour MP, Catriona Bell, said she had asked. " +
        'Grace Mensah and her husband, Kofi, moved their daughter. Kerry-Ann Bailey, 41, from Stanthorpe, whose ' +
        'sons are there, complained. Produce comes from Bríd Keohane, who supplies it.',
    );
    expect(found.map((p) => p.name).sort()).toEqual([
      'Bríd Keohane',
      'Catriona Bell',
      'Grace Mensah',
      'Huia Rangihau',
      'Kerry-Ann Bailey',
      'Kofi Mensah',
    ]);
    expect(found.find((p) => p.name === 'Huia Rangihau')!.role).toBe('mayor of Mangawhero');
  });
  it('find people cast in a role, relatives named after "his wife,", and read an address after an age', () => {
    const found = people(
      'Keiko Tanabe will play a widow, opposite Tariq Haddad as the captain. ' +
        'Harjit Sandhu, 58, farms with his wife, Manpreet, and their son, Arjun. ' +
        'Dolores Fuentes, 72, of Cranston, who has held seats since 1989, will come. ' +
        'His grandfather, Gurdev Sandhu, arrived from Punjab as the eldest son.',
    );
    expect(found.map((p) => p.name).sort()).toEqual([
      'Arjun Sandhu',
      'Dolores Fuentes',
      'Gurdev Sandhu',
      'Harjit Sandhu',
      'Keiko Tanabe',
      'Manpreet Sandhu',
      'Tariq Haddad',
    ]);
  });
  it('read across sentences: a subject that the next sentence calls "him", and "his younger brother, Tomi"', () => {
    const found = people(
      'Rhys Adebayo was last seen on Friday, leaving the Packhorse Inn. CCTV shows him turning on to the path.\n\n' +
        'His younger brother, Tomi, has joined the volunteers. ' +
        'It followed the death of Declan Roarke, a 22-year-old who drowned. ' +
        'The MP for Westmorland Fells, Anjali Deshmukh, said so. The lecture is at the St Peter campus.\n\n' +
        "Fenland Water's operations director, Bogdan Ilie, spoke. The ban would stay, he said.",
    );
    expect(found.map((p) => p.name).sort()).toEqual([
      'Anjali Deshmukh',
      'Bogdan Ilie',
      'Declan Roarke',
      'Rhys Adebayo',
      'Tomi Adebayo',
    ]);
  });
  it("give a relative the surname of the sentence's subject, and read compound and musicians' role nouns", () => {
    const found = people(
      'Agnieszka Kowalczyk moved into Brackley House in 2019 with her husband, Marek, and their son, Filip. ' +
        'The line-up includes Cape Breton fiddler Catriona Gillis and singer-songwriter Jolene Sylliboy.',
    );
    expect(found.map((p) => p.name).sort()).toEqual([
      'Agnieszka Kowalczyk',
      'Catriona Gillis',
      'Filip Kowalczyk',
      'Jolene Sylliboy',
      'Marek Kowalczyk',
    ]);
  });
  it('read a plural role noun opening the sentence as a role, and bakeries as firms', () => {
    const found = extractEntities(
      splitParagraphs('Founders Imelda Cruz and her husband, Tomasz Wróbel, opened Rye & Rise Bakehouse in 2016.'),
    );
    expect(found.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Imelda Cruz', 'Tomasz Wróbel']);
    expect(found.find((e) => e.name === 'Rye & Rise Bakehouse')?.kind).toBe('organisation');
  });
  it('read abbreviated and dotted titles and police ranks as roles, never as a person of their own', () => {
    const found = people(
      'The plan was proposed by Cllr Daniel Fairweather. Supt Ann Lowe agreed. Sen. Rachel Whitmore objected. ' +
        'Chief Inspector Hamish Rutherford of Lothian Police said inquiries continued.',
    );
    expect(found.map((p) => p.name).sort()).toEqual([
      'Ann Lowe',
      'Daniel Fairweather',
      'Hamish Rutherford',
      'Rachel Whitmore',
    ]);
  });
  it('are found through "who" after the name, and a surname with a title lends its person to the full name', () => {
    const found = people(
      'Bongani Mthembu, who chairs the residents association, welcomed it.\n\n' +
        'Ms Okonkwo-Smith said the report was overdue. Adaeze Okonkwo-Smith chairs the trust.',
    );
    expect(found.map((p) => p.name).sort()).toEqual(['Adaeze Okonkwo-Smith', 'Bongani Mthembu']);
  });
  it('take ranks, titles with portfolios and post-nominals off the name', () => {
    const found = people(
      'Detective Sergeant Owen Caddick led it. Prosecutor Helena Marsh KC spoke. Minister for Housing Tom Hale agreed.',
    );
    expect(found.map((p) => [p.name, p.role])).toEqual(
      expect.arrayContaining([
        ['Owen Caddick', 'Detective Sergeant'],
        ['Helena Marsh', 'Prosecutor'],
        ['Tom Hale', 'Minister for Housing'],
      ]),
    );
  });
  it('read "of" after a title as its portfolio, not as a person of a body', () => {
    const found = people('Vice Minister of Health Gao Qiang told reporters in Beijing that the system was weak.');
    expect(found.map((p) => [p.name, p.role])).toEqual([['Gao Qiang', 'Vice Minister of Health']]);
  });
  it('give first names joined to a full name its surname', () => {
    expect(
      people('The twins, Ruth and Esther Dalgleish, attended.')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Esther Dalgleish', 'Ruth Dalgleish']);
  });
  it('split a titled person from the institution after "of", and leave companies introduced by a noun alone', () => {
    const found = extractEntities(
      splitParagraphs(
        'The review was led by Professor Alan Whitcroft of the University of Leeds. ' +
          'Fuel poverty charity Warm Homes Now said it was overdue.',
      ),
    );
    expect(found.find((e) => e.name === 'Alan Whitcroft')?.kind).toBe('person');
    expect(found.find((e) => e.name === 'University of Leeds')?.kind).toBe('organisation');
    expect(found.find((e) => e.name === 'Warm Homes Now')?.kind).toBe('organisation');
  });
  it('keep an initial inside the name ("V. Narayanan", "George W. Bush"), not a letter ending a sentence', () => {
    const names = people(
      "ISRO's chairman, V. Narayanan, said so. Former president George W. Bush and J. K. Rowling spoke. " +
        'Mr Narayanan agreed.',
    ).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['V. Narayanan', 'George W. Bush', 'J. K. Rowling']));
    expect(names).not.toContain('V');
    const letter = extractEntities(splitParagraphs('He took vitamin C. Then he left.')).map((e) => e.name);
    expect(letter).not.toContain('C. Then');
  });
  it('read a title opening the sentence as the role, and "Justice" alone as a judge', () => {
    const judges = extractEntities(
      splitParagraphs('Judge Harold Penrose said so. Justice Helen Mortimer wrote a 94-page judgment.'),
    ).map((e) => `${e.name}: ${e.role}`);
    expect(judges).toEqual(expect.arrayContaining(['Harold Penrose: Judge', 'Helen Mortimer: Judge']));
  });
});
